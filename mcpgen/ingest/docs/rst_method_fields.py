"""A reStructuredText directive whose argument is a path and whose fields are HTTP methods:

    .. confval:: /{item-id}/

       *Item detail*

       :GET: View the item.
       :PUT: Update the item.

A project that borrows a directive made for something else (Sphinx's `confval`, a theme's own) to list its
routes writes the path as the argument and one field per method it serves, the field's text saying what that
request does. Each method field is then an operation of its own on that path, as httpdomain's `.. http:get::`
would be, its text the operation's description (with what the directive says before its fields, which is said
of every method). The methods may also be the directive's options (written right under it, with no blank
line). Every field of the list (or every option) must be a method name: a `:type:` or `:default:` field says the
directive describes something else (a setting, a field), and nothing is read from it here.
"""

from __future__ import annotations

import re
from typing import Any

from .requests import sphinx_template

METHODS = ("get", "post", "put", "patch", "delete", "head", "options", "trace")
_PATH = re.compile(r"/[^\s`'\"]*")


def method_sections(directive: Any) -> list[Any] | None:
    """One httpdomain-like section per method the directive's fields (or options) name, or None when its
    argument is not a path or its fields are not all method names."""
    from docutils import nodes

    argument = " ".join(directive.arguments).strip()
    if not _PATH.fullmatch(argument):
        return None
    target = sphinx_template(argument)
    methods: list[tuple[str, list[Any]]] = []
    options = {str(k).lower(): v for k, v in directive.options.items()}
    if options and all(k in METHODS for k in options):
        methods = [(k.upper(), _paragraph(directive, str(v or ""), nodes)) for k, v in options.items()]
    elif options:
        return None
    holder = nodes.container()
    directive.state.nested_parse(directive.content, directive.content_offset, holder)
    shared: list[Any] = []
    for child in holder.children:
        fields = _method_fields(child, nodes)
        if fields is None:
            shared.append(child)
        else:
            methods.extend(fields)
    if not methods:
        return None
    sections = []
    for method, body in methods:
        node = nodes.section(classes=["http-operation"])
        node["http"] = (method, target, "")
        node.line = directive.lineno
        for child in [*shared, *body]:
            node += child.deepcopy()
        sections.append(node)
    return sections


def _method_fields(node: Any, nodes: Any) -> list[tuple[str, list[Any]]] | None:
    """(method, the field's body) for each field of a field list whose every field name is one HTTP method, or
    None for any other node."""
    if not isinstance(node, nodes.field_list) or not node.children:
        return None
    fields: list[tuple[str, list[Any]]] = []
    for field in node.children:
        name = next((c for c in field.children if isinstance(c, nodes.field_name)), None)
        body = next((c for c in field.children if isinstance(c, nodes.field_body)), None)
        if name is None or name.astext().strip().lower() not in METHODS:
            return None
        fields.append((name.astext().strip().upper(), list(body.children) if body is not None else []))
    return fields


def _paragraph(directive: Any, text: str, nodes: Any) -> list[Any]:
    """An option's value as the paragraph its inline markup makes (the option itself is read as raw text)."""
    if not text.strip():
        return []
    inline, _ = directive.state.inline_text(" ".join(text.split()), directive.lineno)
    return [nodes.paragraph(text, "", *inline)]
