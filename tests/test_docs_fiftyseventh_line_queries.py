"""A query option a plain listing of requests gives in a line's description, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): `DELETE /cards/{id}    remove it (409 while in use; ?force=true)`. The option is
a query parameter of that line's request, not required; a `?` that opens no `name=` pair gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LISTING = """\
# Card server

```
GET    /cards/{id}        the card (is it stale? see below)
DELETE /cards/{id}        remove it (409 while in use; ?force=true)
```
"""


def test_an_option_in_a_listing_line_is_its_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LISTING)
    assert params_of(ops[("DELETE", "/cards/{id}")]).get(("force", "query")) is False
    assert not any(where == "query" for _, where in params_of(ops[("GET", "/cards/{id}")]))
