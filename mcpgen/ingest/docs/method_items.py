"""Routes an index page lists under method words, written relative to the site they are served from:

    * GET `uibuilder/uibgetfile` - Returns the content of a file. Parameters: `url`, `fname`

A list item opening with a method and a path in code that has no leading slash (`admin/files`, `./admin/files`)
states that route from the root of the site the page says they are relative to: `GET /admin/files`.

    The endpoint is defined as `/:name` which translates to `./admin/<name>`.

    * GET
      * `listall` - List all folders
    * POST
      * `newfolder` - create a folder

A list whose items are a method word alone, each over items of its own (commands, options), lists the methods of
the one route the section states in its sentences (a path in code; where a sentence says one path translates,
maps or expands to another, the second): one operation per method word, the items under it being what that
request does, neither routes nor parameters (they are kept as a block of lines). The section becomes one section
per method, so that what its sentences say of the route ("Each accepts a `cmd` parameter") each request takes. A
section stating no route, or several, is left as it is.

    - POST
      - `/`: An endpoint for exporting charts.
      - `/:filename` - Exporting charts with a specified filename.
    - GET
      - `/health`: Basic statistics for the server.

A list grouped by method the other way round: each top-level item is a method word alone and every item nested
directly under it opens with a rooted path (in code or not), so each nested item is a route of that method, the
method said once for the routes below it, as a heading says it over route bullets (`grouped_routes`). Each such
item is written as a method item at the top of the list (`POST `/`: An endpoint ...`), what is nested under it
one level deeper than before. A list where any item under a method word is not a path (commands, options, values)
is read as above, or left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import METHODS, request_lines

_METHOD = "|".join(METHODS)
_SEGMENT = r"[\w.~<>{}:$-]+"
_RELATIVE_ITEM = re.compile(rf"^(?P<lead>[*_]*(?:{_METHOD})[*_]*\s+`)(?:\./)?(?P<path>[A-Za-z_]\w*(?:/{_SEGMENT})+/?)`")
_BARE_METHOD = re.compile(rf"^[*_`\s]*(?P<method>{_METHOD})[*_`\s]*$")
_CODED_PATH = re.compile(rf"`(?P<path>\.?/{_SEGMENT}(?:/{_SEGMENT})*/?|[A-Za-z_]\w*(?:/{_SEGMENT})+/?)`")
_TRANSLATES = re.compile(
    rf"`[^`]+`[^`.]{{0,40}}?\b(?:translates?|maps?|expands?|resolves?|corresponds?)\b[^`.]{{0,40}}?\bto\s+"
    rf"`(?P<path>\.?/{_SEGMENT}(?:/{_SEGMENT})*/?)`"
)
_ROUTE_ITEM = re.compile(r"^(?P<path>`/[^`\s]*`|/[^\s`]*)(?=[\s:,.-]|$)")
_FILE = re.compile(r"\.(?:js|ts|py|json|ya?ml|md|html?|css|txt|cfg|conf|ini|sh)$")


def _rooted(path: str) -> str:
    return "/" + path.removeprefix("./").lstrip("/")


def _rooted_items(block: Block) -> Block:
    if block.kind != "list":
        return block
    items = tuple(
        (term, _RELATIVE_ITEM.sub(lambda m: f"{m['lead']}{_rooted(m['path'])}`", text, count=1))
        for term, text in block.items
    )
    return replace(block, items=items) if items != block.items else block


def _stated_route(section: Section) -> str:
    """The one route a section's sentences state in code, rooted; "" for none or several."""
    texts = [b.text for b in section.blocks if b.kind == "text"]
    translated = {m["path"] for text in texts for m in _TRANSLATES.finditer(text)}
    if translated:
        return _rooted(translated.pop()) if len(translated) == 1 else ""
    found = {
        m["path"]
        for text in texts
        for m in _CODED_PATH.finditer(text)
        if not _FILE.search(m["path"]) and "://" not in m["path"]
    }
    return _rooted(found.pop()) if len(found) == 1 else ""


def _method_words(block: Block) -> list[str]:
    """The methods of items that are a method word alone followed by items of their own."""
    items = [text for _, text in block.items]
    found = []
    for index, text in enumerate(items):
        bare = _BARE_METHOD.match(text)
        following = items[index + 1] if index + 1 < len(items) else ""
        if bare and following and not _BARE_METHOD.match(following):
            found.append(bare["method"])
    return list(dict.fromkeys(found))


def _commands(block: Block, methods: list[str]) -> list[tuple[str, list[str]]]:
    """Each method word of the list with the items under it, up to the next item that is no command of it."""
    found: list[tuple[str, list[str]]] = []
    for _, text in block.items:
        bare = _BARE_METHOD.match(text)
        if bare and bare["method"] in methods and bare["method"] not in (m for m, _ in found):
            found.append((bare["method"], []))
        elif found and not bare:
            found[-1][1].append(text)
    return found


def _grouped_routes(block: Block) -> Block:
    """A list of method words alone, each over items that open with a rooted path, with each such item written as
    the method's route item at the top level (its own nested items one level shallower); else `block`."""
    if block.kind != "list" or not block.items or block.items[0][0] or not _BARE_METHOD.match(block.items[0][1]):
        return block
    items: list[tuple[str, str]] = []
    method = ""
    routes = 0
    for term, text in block.items:
        depth = len(term)
        bare = _BARE_METHOD.match(text)
        if depth == 0:
            if not bare:
                return block
            method = bare["method"]
            continue
        if depth == 1:
            route = _ROUTE_ITEM.match(text)
            if route is None:
                return block
            path = route["path"] if route["path"].startswith("`") else f"`{route['path']}`"
            items.append(("", f"{method} {path}{text[route.end() :]}"))
            routes += 1
            continue
        items.append((term[1:], text))
    return replace(block, items=tuple(items)) if routes else block


def method_items(doc: Document) -> Document:
    """`doc` with relative routes of method items rooted, and a request line per method word of a list of method
    words, for the route its section states."""
    sections = []
    for section in doc.sections:
        blocks = [_grouped_routes(_rooted_items(b)) for b in section.blocks]
        lists = [(i, _method_words(b)) for i, b in enumerate(blocks) if b.kind == "list"]
        lists = [(i, methods) for i, methods in lists if methods]
        states_lines = any(request_lines(b.text) for b in blocks if b.kind in ("text", "code"))
        route = _stated_route(section) if lists and not states_lines else ""
        if route:  # one section per method: what the section's sentences say of the route, each request takes
            at, methods = lists[0]
            where = blocks[at].where
            for method, commands in _commands(blocks[at], methods):
                line = Block("code", where, text=f"{method} {route}")
                shown = Block("code", where, text="\n".join(commands))  # kept as written, no list of parameters
                sections.append(replace(section, blocks=[*blocks[:at], line, shown, *blocks[at + 1 :]]))
            continue
        sections.append(replace(section, blocks=blocks) if blocks != section.blocks else section)
    return replace(doc, sections=sections)


__all__ = ["method_items"]
