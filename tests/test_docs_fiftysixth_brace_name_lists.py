"""A brace list of bare names beside a route, in the fifty-sixth registry batch (benchmarks/docs/registry_truth):
a README's endpoint bullets, "`METHOD /path` - description", one of which gives its request's shape inline as
`{a, b, c}` after the word "request" and its answer's as `{x, y}` after "returns". The request's list names the
body fields that request sends (required not said); the answer's list, a list with no word naming the request,
and a list on a line stating no body-sending route give no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Mock server

## Endpoints

- `POST /v1/score` - Score texts, request `{text, labels, threshold}`, returns `{scores, model}`
- `POST /v1/embed` - Embed texts, returns `{vectors, dims}`
- `POST /v1/tag` - Tag a text `{text, lang}`
- `GET /v1/models` - List models, request `{page, size}`
"""


def test_a_request_brace_list_names_the_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/v1/score")]) == {
        ("text", "body"): False,
        ("labels", "body"): False,
        ("threshold", "body"): False,
    }


def test_an_answer_list_or_an_unnamed_one_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("POST", "/v1/embed")]) == {}
    assert params_of(ops[("POST", "/v1/tag")]) == {}
    assert params_of(ops[("GET", "/v1/models")]) == {}
