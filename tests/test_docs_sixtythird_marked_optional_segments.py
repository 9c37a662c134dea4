"""A last path segment whose placeholder carries a question mark is optional, in the sixty-third registry batch
(benchmarks/docs/registry_truth): `GET <server>/v2/reviews/by-user/<user>/<?source>` and Laravel's
`/posts/{slug}/{page?}` each state two routes, without the segment and with it. A `?` that opens a query
(`/search?<q>`) is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Reviews API

## List reviews by user

`GET <server>/v2/reviews/by-user/<user>/<?source>`

Returns the reviews one user wrote, optionally only those from one source.

## Read a post

`GET /posts/{slug}/{page?}`

Returns one post, or one page of it.

## Search

`GET /search?<q>`

Searches the reviews.
"""


def test_an_angle_placeholder_marked_optional_gives_two_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/v2/reviews/by-user/{user}") in ops
    assert set(params_of(ops[("GET", "/v2/reviews/by-user/{user}/{source}")])) >= {
        ("user", "path"),
        ("source", "path"),
    }
    assert not any("<" in path or "[" in path for _, path in ops)


def test_a_braced_placeholder_marked_optional_gives_two_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {("GET", "/posts/{slug}"), ("GET", "/posts/{slug}/{page}")} <= set(ops)


def test_a_question_mark_opening_a_query_is_left_alone(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("GET", "/search") in ops
    assert not any(path.startswith("/search/") for _, path in ops)
