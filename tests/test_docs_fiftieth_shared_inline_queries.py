"""A query argument a sentence says every endpoint accepts, coded inline as the query alone, in the fiftieth
registry batch (benchmarks/docs/registry_truth): under a path-first route table, "All endpoints accept
`?workspace=` parameter. When omitted, they use the default workspace."

The coded `?name=` is the inline form of the query string `shared_query_strings` reads from a code block under
such a sentence: each name is a query parameter of every route of the page, not required, save a route the
sentence excepts by its coded path (`shared_inline_queries`). A coded query after a path, a sentence about one
endpoint, or one that does not say the endpoints accept it, gives no route anything."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Notes server

## API

| Endpoint | Method | Description |
|----------|--------|-------------|
| `/api/notes` | GET | List the notes |
| `/api/notes/<slug>` | GET | Read one note |
| `/api/health` | GET | Liveness |

{sentence}
"""


def test_a_query_all_endpoints_accept_goes_to_each_optional(tmp_path: Path) -> None:
    ops = extracted_operations(
        tmp_path, PAGE.format(sentence="All endpoints accept `?space=` parameter. When omitted, the default is used.")
    )
    assert params_of(ops[("GET", "/api/notes")]) == {("space", "query"): False}
    assert params_of(ops[("GET", "/api/notes/{slug}")]) == {("slug", "path"): True, ("space", "query"): False}
    assert params_of(ops[("GET", "/api/health")]) == {("space", "query"): False}


def test_a_route_the_sentence_excepts_takes_none(tmp_path: Path) -> None:
    sentence = "All endpoints except `/api/health` accept `?space=&lang=en`."
    ops = extracted_operations(tmp_path, PAGE.format(sentence=sentence))
    assert params_of(ops[("GET", "/api/health")]) == {}
    assert params_of(ops[("GET", "/api/notes")]) == {("space", "query"): False, ("lang", "query"): False}


def test_a_query_of_one_endpoint_or_after_a_path_gives_the_others_nothing(tmp_path: Path) -> None:
    for sentence in (
        "The notes endpoint accepts `?space=` too.",
        "All endpoints return JSON; try `/api/notes?space=x`.",
        "All endpoints are public. The list takes `?space=`.",
    ):
        ops = extracted_operations(tmp_path, PAGE.format(sentence=sentence))
        assert ("space", "query") not in params_of(ops[("GET", "/api/health")]), sentence
        assert ("space", "query") not in params_of(ops[("GET", "/api/notes/{slug}")]), sentence
