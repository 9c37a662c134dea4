"""A request a sentence points to as stated elsewhere on the page, in the sixty-seventh registry batch
(benchmarks/docs/registry_truth): "Having your tests post the coverage information to the server (see `POST
/client` endpoint above)", under a part after the table that states it. The pointer is a cross-reference, not the
part's own request: it must not make the part (and the API reference after it) that endpoint's description
(`pointed_requests.py`). A request pointed at that no other part states is kept."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# coverage-middleware

## Server side

| URL | Description |
| --- | --- |
| `GET /` | Live report |
| `POST /client` | Posts a coverage object |

## Client side

* Having your tests post the coverage information to the server (see `POST /client` endpoint above)
* Aggregating the numbers.

## API

### `createClientHandler(root, opts)`

`opts` is an optional object with the following supported keys:

* `matcher` - a function of the form `fn(request)` that returns true if instrumentation is required.
* `pathTransformer` - a function of the form `fn(request)` that returns the physical path.
"""

ALONE = """\
# Client

* Post the coverage to the server (see `POST /client` endpoint below).
"""


def test_the_pointed_request_is_not_the_sections_own(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/"), ("POST", "/client")}
    assert params_of(ops[("POST", "/client")]) == {}


def test_a_request_stated_nowhere_else_is_kept(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, ALONE)) == {("POST", "/client")}
