"""Parameters a route item's sub-items state with their requirement as a label, in the thirty-seventh registry
batch (benchmarks/docs/registry_truth): a bullet "`GET /v1/search?q={query}` - Search terms" with nested bullets
"Optional: `vocabulary_id` - Filter by vocabulary" and "Optional: `limit`, `offset` - Pagination". Each name the
label heads in code is an input of the item's route, flagged as the label says; the query name the request line
itself writes with a placeholder, set apart from the names labelled optional, is required. A label over no coded
name, or such a line under an item that states no route, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Catalogue API

## Endpoints

### Lookup

- `GET /v2/lookup?term={term}` - Look terms up across catalogues
  - Optional: `catalogue` - Restrict to one catalogue
  - Optional: `page`, `size` - Paging

### Notes

- `POST /v2/notes` - Add a note
  - Required: `text` - The note

### Listing

- `GET /v2/items` - List items
  - Optional: see the paging section

### Caching

- Answers
  - Optional: `ttl` - How long answers are kept
"""


def test_labelled_sub_items_give_the_route_its_flagged_inputs(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/v2/lookup")]) == {
        ("term", "query"): True,
        ("catalogue", "query"): False,
        ("page", "query"): False,
        ("size", "query"): False,
    }
    assert params_of(ops[("POST", "/v2/notes")]) == {("text", "body"): True}


def test_a_label_over_no_coded_name_or_under_no_route_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/v2/items")]) == {}
    assert all(("ttl", location) not in params_of(op) for op in ops.values() for location in ("query", "body"))
