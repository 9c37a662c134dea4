r"""What a route table row says of its request's inputs, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): "(guests also send `guest_name`, `guest_email`)" after the row's body sketch
names optional body fields some callers add; a query example whose value offers alternatives in braces
(`?parent={id\|none}`, the pipe escaped in the cell) keeps the keys after it. A GET row's "also send" and a
description that sends without "also" give no body field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = r"""# Notes API

| Route | Who | What |
|---|---|---|
| `GET /notes/?topic={slug}&parent={id\|none}&state=open` | anyone | Site-wide list |
| `POST /notes/` | writers | `{topic, text}` (guests also send `guest_name`, `guest_email`) |
| `GET /digest/` | readers | Readers also send `If-None-Match` |
| `POST /digest/` | staff | It sends `summary` to every reader |
"""


def test_fields_some_callers_also_send_are_optional_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    params = params_of(ops[("POST", "/notes/")])
    assert params[("guest_name", "body")] is False and params[("guest_email", "body")] is False
    assert ("summary", "body") not in params_of(ops[("POST", "/digest/")])
    assert ("If-None-Match", "body") not in params_of(ops[("GET", "/digest/")])


def test_a_query_value_of_braced_alternatives_keeps_the_keys_after_it(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC)[("GET", "/notes/")])
    assert {("topic", "query"), ("parent", "query"), ("state", "query")} <= set(params)
