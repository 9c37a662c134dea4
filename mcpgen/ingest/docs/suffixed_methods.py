"""Route bullets that name their methods in parentheses after the path, each over a nested list of bare field
names:

    - /api/login/ (POST)

        - username
        - password

    - /api/profile/ (GET, PUT, PATCH)

        - nickname

The parentheses state every method the route takes (one operation each), not the one a later sentence of the
item happens to name ("set X to allow logout using GET" is a setting, not a method the list states). The nested
items are the fields a request sends: a word alone, with no type or description, is a name and nothing else. They
go in the body of the methods that send one (POST, PUT, PATCH); GET on the same route is the read of what those
write and takes none of them. A route that only reads (GET, DELETE, HEAD) takes them in its query. The document
says nothing of whether they are required, so none is marked so.

A nested list whose items are not all bare names (sentences, `name - description` items) is not such a list.

In reStructuredText a nested list indented deeper than its item's text is a block quote holding a list
(`unquoted_lists`): a reader sees the same nesting, so it is read as the item's sub-list.

A section heading written the same way, the path first and its methods in parentheses after it and nothing else
(`/v1/sign/<ca_name> (POST)`, `/robots.txt (GET)`), states its section's requests as a heading `POST /v1/sign/...`
would (`suffixed_heading`): the heading is the whole route, so a heading with more words after the parentheses
(`/status (GET) is deprecated`) or a path alone is not read so.
"""

from __future__ import annotations

import re
from typing import Any

from .blocks import Block
from .params import Param

_METHOD = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS"
_ONE = rf"[`*]*(?:{_METHOD})[`*]*"
_SUFFIXED = re.compile(
    rf"^[`*]*(?P<path>/[^\s`*()]*)[`*]*\s*\(\s*(?P<methods>{_ONE}(?:\s*(?:,?\s*\b(?:or|and)\b|[,/|])\s*{_ONE})*)"
    r"(?:\s+only)?\s*\)"
)
"""A path, then the methods it takes in parentheses: `/api/user/ (GET, PUT, PATCH)`, ``/index`` (``POST`` or ``PUT``
only): the methods joined by commas, slashes or "or"/"and", each maybe in code, "only" saying they are all it takes."""
_BARE_NAME = re.compile(r"[`*]*(?P<name>[A-Za-z_][\w.-]*)[`*]*")
_SENDS_BODY = ("POST", "PUT", "PATCH")


def suffixed_methods(item: str) -> list[str]:
    """The methods an item that opens with a path names in parentheses right after it, in order; [] if none."""
    match = _SUFFIXED.match(item.strip())
    return re.findall(_METHOD, match["methods"]) if match else []


def suffixed_heading(title: str) -> list[tuple[str, str]]:
    """(method, path) for each method a heading that is only a path and its methods in parentheses names, in
    order; [] for any other heading."""
    match = _SUFFIXED.fullmatch(title.strip())
    return [(method, match["path"]) for method in re.findall(_METHOD, match["methods"])] if match else []


def unquoted_lists(item: Any, n: Any) -> list[Any]:
    """A list item's children, with each block quote that holds a list replaced by its own children: the
    nested list of an item written more deeply indented than the item's text."""
    children: list[Any] = []
    for child in item.children:
        if isinstance(child, n.block_quote) and any(isinstance(c, (n.bullet_list, n.enumerated_list)) for c in child):
            children.extend(child.children)
        else:
            children.append(child)
    return children


def suffixed_fields(block: Block) -> list[tuple[str, str, list[Param]]]:
    """(method, path, parameters) for each top-level item of a list that is a path with its methods in
    parentheses over a nested run of bare names (every item one level deeper until the next top-level item)."""
    found: list[tuple[str, str, list[Param]]] = []
    for index, (term, text) in enumerate(block.items):
        methods = suffixed_methods(text) if not term else []
        if not methods:
            continue
        names: list[str] = []
        for sub_term, sub_text in block.items[index + 1 :]:
            if not sub_term:
                break
            match = _BARE_NAME.fullmatch(sub_text.strip())
            if sub_term != " " or match is None:
                names = []
                break
            names.append(match["name"])
        path = _SUFFIXED.match(text.strip())["path"]  # type: ignore[index]
        writes = [m for m in methods if m in _SENDS_BODY]
        for method in writes or methods:
            location = "body" if method in _SENDS_BODY else "query"
            params = [Param(name, location, block.where, False, origin="list") for name in dict.fromkeys(names)]
            if params:
                found.append((method, path, params))
    return found


def fields_under_routes(block: Block) -> int:
    """How many items of a list are bare names nested under a route item with its methods in parentheses (its
    fields, not items of the list's own kind)."""
    return sum(len(names) for _, names in _field_runs(block))


def _field_runs(block: Block) -> list[tuple[int, range]]:
    """(item index, indices of its nested bare names) for each route item with suffixed methods."""
    runs = []
    for index, (term, text) in enumerate(block.items):
        if term or not suffixed_methods(text):
            continue
        end = index + 1
        while (
            end < len(block.items) and block.items[end][0] == " " and _BARE_NAME.fullmatch(block.items[end][1].strip())
        ):
            end += 1
        runs.append((index, range(index + 1, end)))
    return runs
