"""A read stated by its purpose and an example URL in one sentence, in the fifty-ninth registry batch
(benchmarks/docs/registry_truth): "To search for children or parent of a given item, specify the item id as
``child`` or ``parent`` e.g. ``/api/v2/items/?child=1&child=10``." The coded path is a GET route; the names in its
query, and a coded name offered as the other choice to one of them, are its optional query parameters. A
sentence that explains a URL without such a purpose gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SEARCHED = """\
Items API
=========

Items are created with ``POST /api/v1/items/``.

Relations
---------

In API v2 you can filter by related items.

To search for children or parent of a given item, you need to specify the item id as ``child`` or ``parent``
e.g. ``/api/v2/items/?child=1&child=10``.
"""


def test_a_search_sentence_with_an_example_url_states_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SEARCHED, "items.rst")
    assert set(ops) == {("POST", "/api/v1/items/"), ("GET", "/api/v2/items/")}
    assert params_of(ops[("GET", "/api/v2/items/")]) == {("child", "query"): False, ("parent", "query"): False}


EXPLAINED = """\
Items API
=========

Items are created with ``POST /api/v1/items/``.

Paging
------

The answer carries a ``next`` link to the following page, e.g. ``/api/v2/items/?page=2``.
"""


def test_an_explained_link_states_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, EXPLAINED, "items.rst")) == {("POST", "/api/v1/items/")}
