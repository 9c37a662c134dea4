"""A code block's resource line whose methods are joined by a spaced "or" before a whole URL, in the seventy-ninth
registry batch (benchmarks/docs/registry_truth): `GET or POST http://<host>/api/validate` states one request per
method on that path, as `GET/POST /api/validate` does. A line that opens with anything else (a command, a word)
only mentions the methods and is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Keys API

## Validate a key

### Resource

    {line}

### Response

Returns 200 when the key is valid.

## Delete a key

### Resource

    DELETE http://<host>/api/keys/<id>
"""


def test_methods_joined_by_or_before_a_url_are_requests_each(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(line="GET or POST http://<host>/api/validate"))
    assert {("GET", "/api/validate"), ("POST", "/api/validate")} <= set(ops)


def test_a_line_opening_with_a_word_states_no_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(line="send GET or POST http://<host>/api/validate"))
    assert ("GET", "/api/validate") not in ops
