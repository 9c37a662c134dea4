"""An input named by saying the request is made again without it, in the thirty-second registry batch
(benchmarks/docs/registry_truth): a README names two change feeds as `GET /path` in one paragraph, and ends it
"... answers `410 changes_expired`, and the client starts again without `since`". The name is an optional input
of the routes the paragraph names (a GET: the query). "without `x`" that is no request made again gives none,
nor does a credential named so."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# notes-service

## Feeds

`GET /v1/events` lists every note written after the `cursor` of an earlier answer.
`GET /v1/books/{book_id}/events` does the same for one book. A cursor older than a week answers `410 gone`,
and the reader calls again without `after`.

`POST /v1/hooks` registers a URL.
"""

NOT_AGAIN = """\
# notes-service

## Feeds

`GET /v1/events` lists every note written after the `cursor` of an earlier answer. It works without `after`
too, and a reader that fetches again without `api_key` is refused.
"""


def test_a_name_the_request_is_made_again_without_is_an_optional_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert params_of(ops[("GET", "/v1/events")]) == {("after", "query"): False}
    assert params_of(ops[("GET", "/v1/books/{book_id}/events")]) == {
        ("book_id", "path"): True,
        ("after", "query"): False,
    }
    assert params_of(ops[("POST", "/v1/hooks")]) == {}


def test_without_alone_or_a_credential_gives_no_input(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_AGAIN)
    assert params_of(ops[("GET", "/v1/events")]) == {}
