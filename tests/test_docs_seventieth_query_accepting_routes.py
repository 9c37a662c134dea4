"""A route named by its path accepting a coded query string, in the seventieth registry batch
(benchmarks/docs/registry_truth): "the `/parser/search` endpoint accepts a `?placetype=xxx` parameter", "The
`/parser/findbyid` endpoint also accepts a `?lang=xxx` property". Each name of the query is an optional query
parameter of that route's GET (`accepted_fields.py`); a sentence where the route does not accept the query (it
returns a link with one) gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Places

## Endpoints

| Method | Path | Description |
| --- | --- | --- |
| GET | `/places/search` | Searches places. |
| GET | `/places/{id}` | Reads one place. |

## Filtering

the `/places/search` endpoint accepts a `?placetype=xxx` parameter which can be used to filter records.

The `/places/{id}` endpoint also accepts a `?lang=xxx&mode=live` property.

## Paging

the `/places/search` endpoint returns a `?page=2` link when more records exist.
"""


def test_a_route_accepting_a_coded_query_takes_its_names(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, DOC)
    assert params_of(operations[("GET", "/places/search")]) == {("placetype", "query"): False}
    assert params_of(operations[("GET", "/places/{id}")]) == {
        ("id", "path"): True,
        ("lang", "query"): False,
        ("mode", "query"): False,
    }
