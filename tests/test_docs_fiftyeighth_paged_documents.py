"""A page-wide "Lists are paginated (`?page=`)" sentence, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): the page parameter goes to the reads of collections, not to the caller's own
item (`/profiles/me/`) nor to a route named as a file or after a format (`/sitemap.xml`, `/feeds/rss/`), which
answer one document."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Blog API

## Notes

Lists are paginated (`?page=`).

## Routes

| Route | What |
|---|---|
| `GET /posts/` | Posts |
| `GET /profiles/me/` | Your profile |
| `GET /sitemap.xml` | Sitemap |
| `GET /feeds/rss/` | Feed |
| `GET /feeds/summary/` | Feed summaries |
"""


def test_pages_go_to_collections_not_to_ones_own_item_or_a_document(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("page", "query") in params_of(ops[("GET", "/posts/")])
    assert ("page", "query") in params_of(ops[("GET", "/feeds/summary/")])
    for path in ("/profiles/me/", "/sitemap.xml", "/feeds/rss/"):
        assert ("page", "query") not in params_of(ops[("GET", path)])
