"""A reStructuredText definition list whose terms are request lines, each defined by that route's documentation:

    ``POST /tenant``
       Create or update a tenant configuration.

       Request body:

       .. code-block:: json

          {"id": "tenant-acme", "name": "ACME Corporation"}

    ``GET /tenants``
       List all configured tenants.

       Query parameters:

       - ``active_only`` (bool, optional): Filter to active tenants only

    ``POST /commands/suspend`` / ``POST /commands/activate``
       Toggle the scheduler.

A reference page may state its API as one definition list: each term a request line (`METHOD /path`, in code or
not), or several joined by " / " or "," for routes that share one description, and each definition what a heading
would hold, paragraphs, labelled lists of parameters, example bodies and requests. Read as one definition item
(all of it flattened to one line of text) the labels, lists and code blocks are lost; each item is what
httpdomain's `.. http:post:: /tenant` directive would be, a section of its own for the route, with the definition's
blocks under it, and so it is read. A term of several routes opens one such section per route, each over the
shared definition.

Every term of the list must be request lines, and at least one definition must hold more than running text (a
code block, a list, or several paragraphs): a definition list of routes each defined by a sentence is read as it
is (a list of routes), and one whose terms are names or prose says something else."""

from __future__ import annotations

import re
from typing import Any

from .requests import sphinx_template

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_REQUEST = re.compile(r"(?P<method>" + "|".join(_METHODS) + r")\s+(?P<target>/\S*)")
_JOIN = re.compile(r"\s+/\s+|\s*,\s*")


def _routes(term: Any) -> list[tuple[str, str]]:
    """(method, target) of each request line a term holds, or [] when any part of it is not one."""
    text = " ".join(term.astext().split())
    parts = _JOIN.split(text)
    routes = []
    for part in parts:
        match = _REQUEST.fullmatch(part.strip())
        if match is None:
            return []
        routes.append((match["method"], sphinx_template(match["target"])))
    return routes


def _structured(definition: Any, nodes: Any) -> bool:
    """A definition holding more than running text: a code block, a list, or several paragraphs."""
    kinds = (nodes.literal_block, nodes.doctest_block, nodes.bullet_list, nodes.enumerated_list, nodes.definition_list)
    children = [c for c in definition.children if not isinstance(c, nodes.system_message)]
    return any(isinstance(c, kinds) for c in children) or sum(isinstance(c, nodes.paragraph) for c in children) > 1


def route_term_sections(node: Any, nodes: Any) -> list[Any] | None:
    """One httpdomain-like section per route of a definition list whose every term is request lines, or None when
    the list is not one (see the module's docstring)."""
    if not isinstance(node, nodes.definition_list) or not node.children:
        return None
    items: list[tuple[list[tuple[str, str]], Any, Any]] = []
    for item in node.children:
        term = next((c for c in item.children if isinstance(c, nodes.term)), None)
        definition = next((c for c in item.children if isinstance(c, nodes.definition)), None)
        routes = _routes(term) if term is not None else []
        if not routes:
            return None
        items.append((routes, definition, item))
    if not any(d is not None and _structured(d, nodes) for _, d, _ in items):
        return None
    sections: list[Any] = []
    for routes, definition, item in items:
        for method, target in routes:
            section = nodes.section(classes=["http-operation"])
            section["http"] = (method, target, "")
            section.line = item.line or node.line
            for part in definition.children if definition is not None else ():
                section += part.deepcopy()
            sections.append(section)
    return sections
