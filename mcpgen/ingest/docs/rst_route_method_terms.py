"""A reStructuredText definition list whose terms name routes, each defined by a bullet list of its methods:

    ``@bookmark`` - single bookmark
        - ``GET`` param uid (single)
        - ``POST`` creates new bookmark, body is JSON of one bookmark
        - ``DELETE`` removes bookmark

    ``/users/<id>``
        - ``GET`` returns the user
        - ``PUT`` replaces the user

A README may state its API as one definition list: each term a route, written alone in code, as a path
(``/users/<id>``) or as a named service (``@bookmark``: Zope and Plone's services, traversed on a content object,
are written as such a name and called at `/@bookmark` under the object's URL), maybe followed by a dash and a
caption; each definition one bullet per request the route takes, the bullet opening with its method (in code,
bold or bare) and saying in prose what the request does. Each bullet is an operation on the term's route, as
httpdomain's `.. http:get:: /@bookmark` would be, its text (the method word dropped) the operation's description;
two bullets of the same method on one route ("``GET`` by uids ...", "``GET`` by group ...") are one operation
written two ways, one section over both texts.

Every term of the list must be such a route and every top-level bullet of every definition must open with a
method: a definition list of settings, of names described in prose, or of routes each defined by a sentence says
something else, and nothing is read from it here (`rst_route_terms.py` reads terms that are whole request lines).
"""

from __future__ import annotations

import re
from typing import Any

from .requests import sphinx_template

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_TERM = re.compile(r"(?P<route>/[^\s`]*|@[A-Za-z_][\w.-]*)(?:\s*[-\u2013\u2014:]\s+\S.*)?")
"""A term's route: a path or a named service, then maybe a dash (or colon) and a caption."""
_METHOD_LEAD = re.compile(r"(?P<method>" + "|".join(_METHODS) + r")(?:\s*:\s*|\s+|$)")


def _route(term: Any, nodes: Any) -> str | None:
    """The route a term names in code at its start (a path, or `/@name` for a named service), else None."""
    first = term.children[0] if term.children else None
    if not isinstance(first, nodes.literal):
        return None
    match = _TERM.fullmatch(" ".join(term.astext().split()))
    if match is None or match["route"] != first.astext().strip():
        return None
    route = match["route"]
    return sphinx_template("/" + route if route.startswith("@") else route)


def _opened(item: Any, nodes: Any) -> tuple[str, list[Any]] | None:
    """The method a bullet opens with (in code, bold or bare) and its content, the method word dropped."""
    first = item.children[0] if item.children else None
    if not isinstance(first, nodes.paragraph) or not first.children:
        return None
    lead = first.children[0]
    rest = list(first.children[1:])
    if isinstance(lead, (nodes.literal, nodes.strong)) and lead.astext().strip() in _METHODS:
        method = lead.astext().strip()
        tail = rest
        if tail and isinstance(tail[0], nodes.Text):
            tail = [nodes.Text(str(tail[0]).lstrip(": ")), *tail[1:]]
    elif isinstance(lead, nodes.Text) and (match := _METHOD_LEAD.match(str(lead))):
        method = match["method"]
        tail = [nodes.Text(str(lead)[match.end() :]), *rest]
    else:
        return None
    paragraph = nodes.paragraph("", "", *(c.deepcopy() for c in tail))
    return method, [paragraph, *(c.deepcopy() for c in item.children[1:])]


def _methods(definition: Any, nodes: Any) -> list[tuple[str, list[Any]]] | None:
    """(method, the nodes saying what it does) for each bullet of a definition that is one bullet list of method
    bullets, or None."""
    children = [c for c in definition.children if not isinstance(c, nodes.system_message)]
    if len(children) != 1 or not isinstance(children[0], nodes.bullet_list) or not children[0].children:
        return None
    found = []
    for item in children[0].children:
        opened = _opened(item, nodes)
        if opened is None:
            return None
        found.append(opened)
    return found


def route_method_term_sections(node: Any, nodes: Any) -> list[Any] | None:
    """One httpdomain-like section per method of each route of a definition list whose every term is a route and
    every definition a list of method bullets, or None when the list is not one (see the module's docstring)."""
    if not isinstance(node, nodes.definition_list) or not node.children:
        return None
    routes: list[tuple[str, list[tuple[str, list[Any]]], Any]] = []
    for item in node.children:
        term = next((c for c in item.children if isinstance(c, nodes.term)), None)
        definition = next((c for c in item.children if isinstance(c, nodes.definition)), None)
        route = _route(term, nodes) if term is not None else None
        methods = _methods(definition, nodes) if definition is not None else None
        if route is None or not methods:
            return None
        routes.append((route, methods, item))
    sections: list[Any] = []
    for route, methods, item in routes:
        by_method: dict[str, Any] = {}
        for method, parts in methods:
            section = by_method.get(method)
            if section is None:
                section = by_method[method] = nodes.section(classes=["http-operation"])
                section["http"] = (method, route, "")
                section.line = item.line or node.line
                sections.append(section)
            for part in parts:
                section += part
    return sections


__all__ = ["route_method_term_sections"]
