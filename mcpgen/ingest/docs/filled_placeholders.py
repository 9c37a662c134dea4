"""A family of routes stated once, with its members named after it. A request line whose path ends in a
placeholder segment (`GET /api/1.0/<command>?<params>`, `GET /ctrl/<endpoint>.php?<params>`,
`GET /ctrl/<name>.json`) says how every member is called; the section under it (down to the next heading of
its level) then names the members alone, each the value that fills the placeholder:

- a line of names separated by middle dots: `` `play` · `pause` · `get_list&group=` · `getDate.php?cmd=` ``;
- a table whose first column holds the names (`` `load_song` `play_song` `` | `` `id=&group=` ``), its header
  naming the placeholder (`Command` for `<command>`) or its names carrying the placeholder's literal suffix
  (`.php`); the other cells' `name=` fragments are that row's query parameters, and a cell that only offers
  names as alternatives (`` `on` or `sleep` as a valueless flag ``) gives the flags the request sends alone;
- headings that open with a name carrying the suffix (`` ### `setSeq.php` - transport ``), the `name=`
  fragments of the section under it being its query parameters.

Each name filled in is a route of its own with the family's method, and the family line itself is not one: the
document enumerates what the placeholder takes and gives each member its own query. A placeholder with no
suffix is read so only where some member is given a query of its own: values listed under `GET /pets/{status}`
(`available` · `pending` · `sold`) are what its path parameter takes, not routes.
"""

from __future__ import annotations

import re

from .blocks import Document, Section
from .mention import Mention

_FAMILY = re.compile(r"^(?P<parent>.*/)\{(?P<name>[A-Za-z_]\w*)\}(?P<suffix>\.[A-Za-z]\w*)?$")
"""A path whose last segment is a placeholder, alone or before a literal extension (`{endpoint}.php`)."""
_NAME = r"[A-Za-z_][\w-]*"
_MEMBER = re.compile(rf"^(?P<name>{_NAME}(?:\.[A-Za-z]\w*)?)(?:[?&](?P<query>\S*))?$")
"""A member as the document writes it: its name, then perhaps its query after `?` or `&` (`list&group=`)."""
_CODE = re.compile(r"`([^`\n]+)`")
_FIELD = re.compile(rf"(?:^|[?&])({_NAME})=")
_DOTTED_PIECE = re.compile(r"^\s*`([^`\n]+)`\s*(?:\([^()]*\))?\s*$")
"""One piece of a middle-dot line: a name in code, perhaps with a parenthesised gloss (`back_song` (restart))."""
_LAST_PIECE = re.compile(r"^\s*`([^`\n]+)`")
_CELL_NAMES = re.compile(r"^\s*`[^`\n]+`(?:\s*(?:/|,|\s)\s*`[^`\n]+`)*\s*$")
_FLAGS = re.compile(rf"^\s*`({_NAME})`(?:\s*,?\s+or\s+`({_NAME})`)+")
"""A query cell offering valueless flags (`` `on` or `sleep` as a flag ``): each is sent alone (`?sleep`)."""
MIN_DOTTED = 3
"""Names a middle-dot line must hold to be read as a list of members."""


def _member(code: str, suffix: str) -> tuple[str, list[str]] | None:
    """The member a code span names (`getDate.php?cmd=`: getDate.php, [cmd]), when it has the family's form."""
    match = _MEMBER.match(code.strip())
    if not match or not match["name"].endswith(suffix) or (not suffix and "." in match["name"]):
        return None
    return match["name"], _FIELD.findall(match["query"] or "")


def _query_names(text: str) -> list[str]:
    """The `name=` fragments of a cell or paragraph's code spans (`` `id=&group=` `` · `` `time=<ms>` ``)."""
    names: list[str] = []
    for code in _CODE.findall(text):
        names += _FIELD.findall(code.split("?", 1)[1] if "?" in code.split("=", 1)[0] else code)
    return names


def _flags(cell: str) -> list[str]:
    """The flags a query cell with no `name=` in it offers as alternatives: the names a request sends alone."""
    match = _FLAGS.match(cell) if "=" not in cell else None
    return re.findall(rf"`({_NAME})`", match[0]) if match else []


def _dotted(text: str, suffix: str) -> list[tuple[str, list[str]]]:
    """The members of a middle-dot line that opens the paragraph (the last name may run on into a sentence)."""
    pieces = text.split("·")
    if len(pieces) < MIN_DOTTED:
        return []
    codes = [_DOTTED_PIECE.match(p) for p in pieces[:-1]] + [_LAST_PIECE.match(pieces[-1])]
    members = [_member(c[1], suffix) if c else None for c in codes]
    return [m for m in members if m] if all(members) else []


def _rows(rows: tuple[tuple[str, ...], ...], family: str, suffix: str) -> list[tuple[str, list[str]]]:
    """The members a table names in its first column, with their rows' query names."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    head = rows[0][0].strip("`* ").lower()
    if not suffix and head != family.lower():
        return []
    members: list[tuple[str, list[str]]] = []
    for row in rows[1:]:
        if not _CELL_NAMES.match(row[0]):
            continue
        names = [_member(code, suffix) for code in _CODE.findall(row[0])]
        if not all(names):
            continue
        fields = [n for cell in row[1:] for n in _query_names(cell) or _flags(cell)]
        members += [(name, list(dict.fromkeys(query + fields))) for name, query in names if name]
    return members


def _headed(section: Section, suffix: str) -> tuple[str, list[str]] | None:
    """The member a heading opens with (`` `setSeq.php` - transport ``) and the query names under it."""
    code = _LAST_PIECE.match(section.title)
    member = _member(code[1], suffix) if code and suffix else None
    if member is None or member[1]:
        return None
    fields = [n for b in section.blocks if b.kind == "text" for n in _query_names(b.text)]
    return member[0], list(dict.fromkeys(fields))


def filled_routes(doc: Document, mentions: list[list[Mention]]) -> list[tuple[Mention, list[tuple[str, list[str]]]]]:
    """Per family line of `doc`: the paths of the members named under it, each with its query names."""
    found: list[tuple[Mention, list[tuple[str, list[str]]]]] = []
    for index, (section, stated) in enumerate(zip(doc.sections, mentions, strict=True)):
        for mention in stated:
            family = _FAMILY.match(mention.target.path)
            if mention.kind != "line" or mention.inferred or not family:
                continue
            suffix = family["suffix"] or ""
            members: list[tuple[str, list[str]]] = []
            for depth, under in enumerate(doc.sections[index:]):
                if depth and under.level <= section.level:
                    break
                headed = _headed(under, suffix) if depth else None
                if headed:
                    members.append(headed)
                for block in under.blocks:
                    if block.kind == "text":
                        members += _dotted(block.text, suffix)
                    elif block.kind == "table":
                        members += _rows(block.rows, family["name"], suffix)
            merged: dict[str, list[str]] = {}
            for name, query in members:
                merged[name] = list(dict.fromkeys(merged.get(name, []) + query))
            if merged and (suffix or any(merged.values())):
                found.append((mention, [(family["parent"] + name, q) for name, q in merged.items()]))
    return found


__all__ = ["filled_routes"]
