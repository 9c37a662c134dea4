"""A query whose every pair is bracketed on its own, the `?` and `&`s outside, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): `https://{host}/catalog.{format}?[page={page}]&[modified_since={date}]`. Each pair
is an optional query parameter, named without its bracket (`bracketed_query_strings.py`); a query with a pair
outside brackets is left to `bracketed_queries`, which reads that pair as needed."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.bracketed_query_strings import unbracketed_query
from tests.operations import extracted_operations, params_of

DOC = """\
# Feeds

## Catalog

```
GET /feed.{format}?[page={page}]&[since={date}]&[tags={tag1},{tag2}]
```
"""


def test_each_bracketed_pair_is_an_optional_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/feed.{format}")]) == {
        ("format", "path"): True,
        ("page", "query"): False,
        ("since", "query"): False,
        ("tags", "query"): False,
    }


def test_a_query_with_an_unbracketed_pair_is_not_rewritten() -> None:
    assert unbracketed_query("/feed?[page={page}]&[since={d}]") == "/feed?[&page={page}][&since={d}]"
    assert unbracketed_query("/feed?q={q}&[page={page}]") == "/feed?q={q}&[page={page}]"
    assert unbracketed_query("/feed?[page]") == "/feed?[page]"
