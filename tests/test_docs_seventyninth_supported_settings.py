"""A route table row naming a body field by a setting the request supports, in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): "| `POST /v1/chat/completions` | Chat completions (supports `stream: true`) |".
The coded `name: value` pair after "supports" names a field the body may carry (not required); a pair that is not
said to be supported (a value shown, "returns `stream: true`"), or a GET row, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Proxy

## OpenAI-compatible

| Endpoint | Description |
|---|---|
| `POST /v1/chat/completions` | Chat completions ({words} `stream: true`) |
| `GET /v1/models` | Model list (supports `limit: 10`) |
"""


def test_a_supported_setting_names_a_body_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(words="supports"))
    assert params_of(ops[("POST", "/v1/chat/completions")]) == {("stream", "body"): False}
    assert ("limit", "body") not in params_of(ops[("GET", "/v1/models")])


def test_a_pair_not_said_to_be_supported_names_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(words="returns"))
    assert params_of(ops[("POST", "/v1/chat/completions")]) == {}
