"""A literal block written without the blank line after its `::`, which docutils reads as a definition list.

reStructuredText opens a literal block with a paragraph ending in `::`, a blank line, then indented text:

    Example::

        curl -i http://localhost:8080/site/@@export?from=2023-10-22

Written without the blank line, the same lines are a definition list item to docutils, the term `Example::`
defined by the indented text (docutils says so itself: "Blank line missing before literal block (after the
"::")? Interpreted as a definition list item."). A term that ends in `::` is no term a writer would give a
definition (it is the literal-block marker), so the item is what its writer meant: the label, then its
indented lines as code, kept as written (the paragraph's source, not its rendered inline markup)."""

from __future__ import annotations

from typing import Any


def literal_item(term: Any, definition: Any, nodes: Any) -> tuple[str, str] | None:
    """(label, code) for a definition list item whose term ends in `::` over plain paragraphs, else None."""
    if definition is None or not term.astext().rstrip().endswith("::"):
        return None
    parts = [child for child in definition.children if not isinstance(child, nodes.system_message)]
    if not parts or not all(isinstance(child, nodes.paragraph) for child in parts):
        return None
    code = "\n\n".join(child.rawsource or child.astext() for child in parts).strip()
    return (f"{term.astext().rstrip().rstrip(':')}:", code) if code else None
