"""A list item whose text is a lead-in line written right over a more deeply indented list, with no blank line:

    - Support added for the following API endpoints:
       - POST `/things/search`
       - GET `/things/{id}`

docutils reads a line followed by more deeply indented lines as a definition list: the item's text becomes a
term and the nested list its definition. A reader sees what the writer meant, the item's text over a nested
list, one line per nested item; read as a term and its definition, the item's text and every nested item are
run together into one line, the first nested item glued to the lead-in's colon ("endpoints:POST /things/search"),
where a request line no longer opens its text. Such a definition list, every entry a term over nothing but
lists, is read as the term (a paragraph, the item's own text) followed by its lists, nested one level deeper, as
they would be had the writer left the blank line. A definition whose text is a paragraph (a real term and its
definition) is left as it is.
"""

from __future__ import annotations

from typing import Any


def termed_lists(children: list[Any], n: Any) -> list[Any]:
    """A list item's children, each definition list whose every entry is a term over lists alone replaced by
    each term as a paragraph followed by its lists."""
    out: list[Any] = []
    for child in children:
        unfolded = _unfolded(child, n) if isinstance(child, n.definition_list) else None
        out.extend(unfolded if unfolded is not None else [child])
    return out


def _unfolded(node: Any, n: Any) -> list[Any] | None:
    """The term paragraphs and lists of a definition list whose every entry is a term over lists, or None."""
    parts: list[Any] = []
    for entry in node.children:
        term = next((c for c in entry.children if isinstance(c, n.term)), None)
        definition = next((c for c in entry.children if isinstance(c, n.definition)), None)
        if term is None or definition is None or not definition.children:
            return None
        if not all(isinstance(c, (n.bullet_list, n.enumerated_list)) for c in definition.children):
            return None
        parts.append(n.paragraph("", "", *(c.deepcopy() for c in term.children)))
        parts.extend(definition.children)
    return parts
