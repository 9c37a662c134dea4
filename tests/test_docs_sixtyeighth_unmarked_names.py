"""Names a labelled parameter list leaves unmarked, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): `<b>Parameters: </b>` over `* username: Required`, `* password`, `* access`. The
marked item makes the list one of names and their marks, so a plain name alone is a parameter it marks nothing of
(optional). A list with no marked item, or an item that is more than one word, gives no such names."""

from __future__ import annotations

from mcpgen.ingest.docs.blocks import Block, Where
from mcpgen.ingest.docs.params import from_list


def _list(*items: str) -> Block:
    return Block("list", Where("README.md", 1), items=tuple(("", item) for item in items))


def test_unmarked_names_beside_a_required_mark() -> None:
    found = from_list(_list("username: Required", "password", "access"), "query", labelled=True)
    assert [(p.name, bool(p.required)) for p in found] == [("username", True), ("password", False), ("access", False)]


def test_no_mark_no_bare_names() -> None:
    found = from_list(_list("username: the user's login", "password", "access"), "query", labelled=True)
    assert [p.name for p in found] == ["username"]


def test_sentences_are_no_names() -> None:
    found = from_list(_list("username: Required", "see the guide"), "query", labelled=True)
    assert [p.name for p in found] == ["username"]
