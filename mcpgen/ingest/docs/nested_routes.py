"""Route lists whose nesting builds the paths: an item that is a bare path (`` `/api/v2` ``), items nested under it
that are more of the path (`` `/users` ``), and under those the routes, each written from where its parents
leave off (`` `PUT /:uid/password` ``, `` `POST /` `` for the resource itself); under a route, items that label
the fields it takes ("**Requires**: `new`", "**Accepts**: `current`, `tags (array)`").

    - [x] `/columns`
      - [x] GET (List)
      - [ ] DELETE (`alter table drop column`)
    - [x] `POST /query`
      - [x] `POST /format`

An item nested directly under a bare-path item that is a method word alone, maybe followed by a note in brackets or
after a colon or dash ("GET (List)", "DELETE: drop it"), is that method on the path its parents build: the resource
states its path once and lists the methods it takes below it (written `GET `/columns` (List)`). A GitHub task
list's checkbox (`[x]`, `[ ]`) in front of an item is a progress mark, not part of what the item states: the item
is read past it (whether an unchecked item is stated is `mentions`'s to say). A method word with anything else
after it (`GET requests are cached`), or under an item that is not a bare path, is left as written. A route in one
code span nested under another (`` `POST /format` `` under `` `POST /query` ``) is an operation of the route above
it, so its path continues the parent's (`POST /query/format`), as under a bare path; a route written in full
(`` `GET /query/{id}` ``) is left as written, and a route in prose under it is not read so."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .params import Param
from .requests import METHODS, request_lines, split_target

_BOX = r"(?:\[[ xX]\][ \t]+)?"
"""A task list's checkbox in front of an item."""
_BARE_PATH = re.compile(rf"^{_BOX}[`*_]*(?P<path>/[^\s`*]*?)/?[`*_]*:?$")
"""An item that is a path alone (in code or emphasis, maybe ending in a colon): a part of the paths under it."""
_METHOD = "|".join(METHODS)
_METHOD_ALONE = re.compile(
    rf"^(?P<box>{_BOX})[*_`]*(?P<method>{_METHOD})[*_`]*(?P<rest>(?:[ \t]*\([^()]*(?:\([^()]*\)[^()]*)*\)"
    r"|[ \t]*:[ \t]+\S.*|[ \t]+[-\u2013\u2014][ \t]+\S.*)?)$",
    re.S,
)
"""A method word alone, maybe with a note in brackets or after a colon or dash: that method on its parent's path."""
_CODED_ROUTE = re.compile(rf"^{_BOX}`(?:{_METHOD})[ \t]+(?P<path>/[^\s`?#]*)`")
"""An item opening with a route in one code span (`` `POST /query` ``): the routes in code nested under it continue
its path."""
_REQUEST = re.compile(rf"\b(?P<method>{_METHOD})(?P<gap>[`*_\s]+)(?P<path>/[^\s`*?#]*)")


def nested_route_paths(doc: Document) -> Document:
    """`doc` with each route item nested under bare-path items written with its full path: the paths of the items
    it is nested under, outermost first, then its own (`/` alone is the path its parents end at). A route
    written in full already (its path opens with its parent's) is left as written. A bare-path item that opens
    a list of its own, and that the document placed under others before (`/topics` again, in a later list),
    stands for the same full path. A sentence that names one of those routes as the list writes it (`PUT /:uid`),
    where the list writes it so under one prefix only, names it in full too."""
    placed: dict[str, str] = {}  # a path item's own path -> the full path it stood for where it was nested
    written: dict[tuple[str, str], set[str]] = {}  # (method, path as an item writes it) -> the prefixes it was under
    changed = False
    sections: list[Section] = []
    for section in doc.sections:
        blocks = []
        for block in section.blocks:
            items = _prefixed(block, placed, written) if block.kind == "list" else block.items
            changed = changed or items != block.items
            blocks.append(replace(block, items=items) if items != block.items else block)
        sections.append(replace(section, blocks=blocks))
    if not changed:
        return doc
    unique = {key: next(iter(prefixes)) for key, prefixes in written.items() if len(prefixes) == 1}

    def in_full(match: re.Match[str]) -> str:
        prefix = unique.get((match["method"], match["path"]))
        return match.group(0) if prefix is None else f"{match['method']}{match['gap']}{prefix}{match['path']}"

    sections = [
        replace(s, blocks=[replace(b, text=_REQUEST.sub(in_full, b.text)) if b.kind == "text" else b for b in s.blocks])
        for s in sections
    ]
    return replace(doc, sections=sections)


def _prefixed(
    block: Block, placed: dict[str, str], written: dict[tuple[str, str], set[str]]
) -> tuple[tuple[str, str], ...]:
    chain: list[tuple[int, str | None]] = []  # the open ancestors: (depth, full path if a bare-path item)
    routes: dict[int, str] = {}  # depth -> the path of the open route item there (`POST /query` in one code span)
    items = []
    for term, written_as in block.items:
        depth = len(term) if not term.strip() else 0
        while chain and chain[-1][0] >= depth:
            chain.pop()
        routes = {at: path for at, path in routes.items() if at < depth}
        parent = chain[-1][1] if chain and chain[-1][0] == depth - 1 else None
        text = written_as
        if _CODED_ROUTE.match(text.strip()) and parent is None and (above := routes.get(depth - 1)) is not None:
            text = _with_prefix(text, above, written)  # `POST /format` under `POST /query`: POST /query/format
        if coded := _CODED_ROUTE.match(text.strip()):
            routes[depth] = coded["path"].rstrip("/")
        bare = _BARE_PATH.match(text.strip())
        if bare is not None:
            own = bare["path"].rstrip("/")
            if parent is not None:
                full = parent + own
                placed.setdefault(own, full)
            else:
                full = placed.get(own, own) if not chain else own
            chain.append((depth, full))
            items.append((term, text))
            continue
        chain.append((depth, None))
        alone = _METHOD_ALONE.match(text.strip()) if parent is not None else None
        if alone is not None:  # `GET (List)` under `/columns`: GET /columns
            items.append((term, f"{alone['box']}{alone['method']} `{parent or '/'}`{alone['rest']}"))
            continue
        if parent is None or not request_lines(text):
            items.append((term, text))
            continue
        items.append((term, _with_prefix(text, parent, written)))
    return tuple(items)


def _with_prefix(text: str, prefix: str, written: dict[tuple[str, str], set[str]]) -> str:
    """Every request line of `text` written from `prefix`, unless its path already opens with the prefix's last
    segment (`/users/{id}` under `/users`: written in full)."""
    last = "/" + prefix.rstrip("/").rsplit("/", 1)[-1]

    def full(match: re.Match[str]) -> str:
        path = match["path"]
        if path in (last, prefix) or path.startswith((last + "/", prefix + "/")):
            return match.group(0)
        if path != "/":
            written.setdefault((match["method"], path), set()).add(prefix)
        return f"{match['method']}{match['gap']}{prefix}{path if path != '/' else ''}"

    return _REQUEST.sub(full, text)


# "**Requires**: `new`", "Accepts: `password`, `email`", "**Optional**: `tags (array)`": a label, then names in code
_FIELD_LABEL = re.compile(
    r"^[*_]*(?P<label>requires?|required|mandatory|accepts?|optional|takes|expects?)[*_]*\s*:[*_]*\s*(?P<value>.*)$",
    re.I | re.S,
)
_DATA_LABEL = re.compile(
    r"^[*_]*(?:post|put|patch|request|body|form)\s+(?:data|body|fields)[*_]*\s*:\s*`(?P<value>\{[^`]*\})`\s*$", re.I
)
"""A label stating the data the request sends as an object written with its keys alone (`post data: { a, b }`)."""
_REQUIRED_LABEL = re.compile(r"(?i)requires?|required|mandatory|expects?")
_NOTHING = re.compile(r"(?i)^(?:no\b|none\b|nothing\b|n/a\b|-\s*$)")
_CODED_NAME = re.compile(r"`(?P<name>[A-Za-z_][\w.-]*(?:\[\])?)(?:\s*\([^`)]*\))?`")
"""A field name in code, maybe with a type note in brackets inside the code (`privileges (array)`)."""


def labelled_fields(block: Block, *, data_only: bool = False) -> list[tuple[str, str, list[Param]]]:
    """(method, raw target, parameters) for each list item that opens with a request line, from the items nested
    under it that label the fields it takes: "Requires" names required ones, "Accepts" ones it may be given;
    a label whose value opens by saying there are none ("No parameters normally, will accept ...") gives
    none. Fields of a GET or HEAD go in the query, the others in the body. A label naming the data sent
    ("post data:") over an object of keys (`{ email, password }`) gives those keys as body fields; `data_only`:
    read those labels alone (for the item of the endpoint a section is about, whose other labels it reads)."""
    found = []
    for index, (term, text) in enumerate(block.items):
        lines = request_lines(text)
        if not lines or lines[0][0] != 0 or not text.lstrip("`*[ ").startswith(lines[0][1]):
            continue
        _, method, raw = lines[0]
        depth = len(term)
        location = "query" if method in ("GET", "HEAD") else "body"
        params: list[Param] = []
        for sub_term, sub_text in block.items[index + 1 :]:
            if len(sub_term) <= depth or (term.strip() or sub_term.strip()):
                break
            if len(sub_term) == depth + 1 and (data := _DATA_LABEL.match(sub_text.strip())):
                params.extend(Param(name, "body", block.where, origin="list") for name in shorthand_keys(data["value"]))
                continue
            label = None if data_only else _FIELD_LABEL.match(sub_text.strip())
            if label is None or len(sub_term) != depth + 1 or _NOTHING.match(label["value"].strip()):
                continue
            required = bool(_REQUIRED_LABEL.fullmatch(label["label"]))
            params.extend(
                Param(m["name"], location, block.where, required, origin="list")
                for m in _CODED_NAME.finditer(label["value"])
            )
        if params and split_target(raw).path:
            found.append((method, raw, params))
    return found


def shorthand_keys(value: str) -> list[str]:
    """The top-level keys of an object written in code with its keys alone or with example values
    (`{ email, password }`, `{ rooms: [ <room name> ], statName: "..." }`); none when a part is not a key."""
    inner = value.strip()[1:-1]
    parts, depth, start = [], 0, 0
    for index, char in enumerate(inner):
        depth += char in "[{(<"
        depth -= char in "]})>"
        if char == "," and depth == 0:
            parts.append(inner[start:index])
            start = index + 1
    parts.append(inner[start:])
    keys = [re.match(r"\s*[\"']?([A-Za-z_$][\w$]*)[\"']?\s*(?::|$)", part) for part in parts if part.strip()]
    return [key[1] for key in keys if key] if keys and all(keys) else []
