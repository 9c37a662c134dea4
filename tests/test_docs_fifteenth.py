"""Structures of the fifteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Fifteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

WORD_TEMPLATES = """\
# store

Insert a document in a collection called `example`:

```
curl -X POST --data '{ "_id": 1, "value": "some value" }' http://localhost:8000/example
curl http://localhost:8000/example/1
```

## Routes

| Method | Path             | What it does                |
|--------|------------------|-----------------------------|
| POST   | /collection      | Inserts a document          |
| GET    | /collection/_id  | Gets a single document      |
| DELETE | /collection/_id  | Deletes document at `_id`   |

### The `_id` parameter

The `_id` parameter is used as is, as a string.

### Read (GET)

1. `collection/_id`: Gets the single document.
1. `collection`: Gets every document.
"""


def test_route_words_the_text_names_as_terms_are_placeholders_where_no_route_marks_one(tmp_path: Path) -> None:
    """A route table written in words (`/collection/_id`), with no placeholder marked anywhere, beside requests
    that put other values there (`/example/1`) and text naming the words alone in code ("The `_id` parameter",
    "`collection`: ..."): the words are placeholders, first segment included."""
    doc = tmp_path / "README.md"
    doc.write_text(WORD_TEMPLATES, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/{collection}/{id}"),
        ("get", "/{collection}/{id}"),
        ("post", "/{collection}"),
    ]
    assert params_of(paths["/{collection}/{id}"]["get"]) == {("collection", "path"): True, ("id", "path"): True}


def test_a_page_that_marks_placeholders_keeps_its_unmarked_words(tmp_path: Path) -> None:
    """The same words where another route marks its placeholder (`/collection/{name}`): unmarked words are
    literal, and the requests on other paths are routes of their own."""
    doc = tmp_path / "README.md"
    doc.write_text(WORD_TEMPLATES.replace("| GET    | /collection/_id  |", "| GET    | /collection/{name} |"), "utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert "/collection" in paths and "/collection/_id" in paths
