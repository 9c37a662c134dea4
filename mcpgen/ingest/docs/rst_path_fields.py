"""A reStructuredText field list whose field names are paths, each over a bullet list of its methods:

    :``/models/{name}``:
            - GET: Retrieve a single model by its name
            - PATCH: Update the ``name`` and ``email`` of a single model.
            You may also upload a file

A README that states its API as one field list writes each path as a field name (in code or not) and, in the
field's body, one bullet per method the path serves, the bullet opening with the method and a colon. Each such
bullet is an operation of its own on that path, its text (the method word dropped) the operation's description,
as httpdomain's `.. http:patch:: /models/{name}` would be. Continuation lines written at the bullet's dash
column instead of under its text end the bullet list for docutils: the paragraphs (and lists) that follow, up
to the next method bullet, are still that bullet's text. A bullet whose text is a term over an indented list
("POST body should be json containing:" over the body's fields) keeps the term as a sentence and the list
under it.

Every field name must be a path and every field body must open with a method bullet, and every bullet at the
body's top level must name a method: a field list of settings, of parameters, or of paths described in prose
says something else, and nothing is read from it here.
"""

from __future__ import annotations

import re
from typing import Any

from .requests import sphinx_template

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_METHOD_LEAD = re.compile(r"\s*(?P<method>" + "|".join(_METHODS) + r")\s*:\s*")
_LINE_BULLET = re.compile(r"\n[-*+]\s+(?P<method>" + "|".join(_METHODS) + r")\s*:\s*")
_PATH = re.compile(r"/[^\s`'\"]*")


def path_field_sections(node: Any, nodes: Any) -> list[Any] | None:
    """One httpdomain-like section per method bullet of a field list whose every field names a path, or None
    when the field list is not one (see the module's docstring)."""
    if not isinstance(node, nodes.field_list) or not node.children:
        return None
    sections: list[Any] = []
    for field in node.children:
        name = next((c for c in field.children if isinstance(c, nodes.field_name)), None)
        body = next((c for c in field.children if isinstance(c, nodes.field_body)), None)
        if name is None or body is None or not _PATH.fullmatch(name.astext().strip()):
            return None
        methods = _method_parts(body, nodes)
        if not methods:
            return None
        target = sphinx_template(name.astext().strip())
        for method, parts in methods:
            section = nodes.section(classes=["http-operation"])
            section["http"] = (method, target, "")
            section.line = field.line or node.line
            for part in parts:
                section += part
            sections.append(section)
    return sections


def _method_parts(body: Any, nodes: Any) -> list[tuple[str, list[Any]]] | None:
    """(method, the nodes that say what it does) for each method bullet of a field body, or None when the body
    does not open with one or one of its top-level bullets names no method."""
    methods: list[tuple[str, list[Any]]] = []
    unindented = False  # docutils said the list before ended on a line with no blank line before it
    for child in body.children:
        if isinstance(child, nodes.system_message):
            unindented = unindented or "unexpected unindent" in child.astext()
            continue
        if isinstance(child, nodes.bullet_list):
            for item in child.children:
                opened = _opened(item, nodes)
                if opened is None:
                    return None
                methods.append(opened)
        elif not methods:
            return None
        elif isinstance(child, nodes.paragraph):
            for method, piece in _split_bullets(child, nodes):
                if method is not None:
                    methods.append((method, [piece]))
                elif unindented and isinstance(methods[-1][1][-1], nodes.paragraph):
                    methods[-1][1][-1].extend([nodes.Text("\n"), *piece.children])  # the bullet's next lines
                else:
                    methods[-1][1].append(piece)
        else:
            methods[-1][1].append(child.deepcopy())
        unindented = False
    return methods


def _split_bullets(paragraph: Any, nodes: Any) -> list[tuple[str | None, Any]]:
    """A continuation paragraph cut where one of its lines opens a method bullet (`- POST: ...` written right
    under the last continuation line, which docutils reads as more of the paragraph): the text before the first
    such line (method None), then each bullet's text with its method."""
    pieces: list[tuple[str | None, Any]] = [(None, nodes.paragraph())]
    for child in paragraph.children:
        if not isinstance(child, nodes.Text):
            pieces[-1][1].append(child.deepcopy())
            continue
        text, start = str(child), 0
        for match in _LINE_BULLET.finditer(text):
            if text[start : match.start()].strip():
                pieces[-1][1].append(nodes.Text(text[start : match.start()]))
            pieces.append((match["method"], nodes.paragraph()))
            start = match.end()
        if text[start:].strip():
            pieces[-1][1].append(nodes.Text(text[start:]))
    return [(method, piece) for method, piece in pieces if method is not None or piece.children]


def _opened(item: Any, nodes: Any) -> tuple[str, list[Any]] | None:
    """The method a bullet opens with and its content, the method word dropped; a term over a definition (the
    bullet's first line over an indented list) becomes a paragraph over that definition's content."""
    first = item.children[0] if item.children else None
    if isinstance(first, nodes.definition_list) and len(first.children) == 1:
        entry = first.children[0]
        term = next((c for c in entry.children if isinstance(c, nodes.term)), None)
        definition = next((c for c in entry.children if isinstance(c, nodes.definition)), None)
        if term is None:
            return None
        lead = nodes.paragraph("", "", *(c.deepcopy() for c in term.children))
        rest = [c.deepcopy() for c in definition.children] if definition is not None else []
        parts = [lead, *rest]
    elif isinstance(first, nodes.paragraph):
        parts = [c.deepcopy() for c in item.children]
    else:
        return None
    method = _drop_method(parts[0], nodes)
    if method is None:
        return None
    return method, parts


def _drop_method(paragraph: Any, nodes: Any) -> str | None:
    """The method a paragraph opens with (`GET: Returns ...`), removed from its text; None when it opens with
    none."""
    text = paragraph.children[0] if paragraph.children else None
    if not isinstance(text, nodes.Text):
        return None
    match = _METHOD_LEAD.match(str(text))
    if match is None:
        return None
    paragraph.replace(text, nodes.Text(str(text)[match.end() :]))
    return match["method"]
