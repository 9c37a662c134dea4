"""A page rendered from a template (Django, Jinja, Handlebars) that writes its routes as example URLs built from
template variables: `/boundaries/{{boundaryset.slug|urlencode}}/shape?format=wkt`. A variable that is a whole path
segment stands for that segment's value, so it is the route's placeholder (`{boundaryset_slug}`, the variable's
name with its filters dropped); one that is a query value (`?touches={{set.slug}}`) is an example value."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_VARIABLE = r"\{\{\s*(?P<name>[A-Za-z_][\w.]*)\s*(?:\|[^{}|]+)*\s*\}\}(?=[/?&,#\s`'\"]|$)"
_SEGMENT = re.compile(r"(?<=[\w}-]/)" + _VARIABLE)
"""A template variable, filters allowed, that is a path segment after a literal one (`/{{ User.USERNAME_FIELD }}/`,
a route that is a variable alone, names a route by a setting, not a placeholder)."""
_VALUE = re.compile(r"(?<=[=,])" + _VARIABLE)
"""A template variable that is a query value (`?touches={{set.slug}}`), or one of a list of them."""


def _name(match: re.Match[str]) -> str:
    return match["name"].replace(".", "_")


def _placeholders(text: str) -> str:
    if "{{" not in text:
        return text
    text = _SEGMENT.sub(lambda m: "{" + _name(m) + "}", text)
    return _VALUE.sub(_name, text)


def template_variables_as_placeholders(doc: Document) -> Document:
    """`doc` with the template variables its paths are built from written as placeholders."""
    if not any("{{" in b.text or any("{{" in t + d for t, d in b.items) for s in doc.sections for b in s.blocks):
        return doc

    def block(b: Block) -> Block:
        items = tuple((_placeholders(t), _placeholders(d)) for t, d in b.items)
        rows = tuple(tuple(_placeholders(c) for c in row) for row in b.rows)
        return replace(b, text=_placeholders(b.text), items=items, rows=rows)

    sections = [replace(s, title=_placeholders(s.title), blocks=[block(b) for b in s.blocks]) for s in doc.sections]
    return replace(doc, sections=sections)
