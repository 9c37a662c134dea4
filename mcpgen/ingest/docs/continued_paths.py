"""Routes written from an ellipsis that abbreviates a path the page states elsewhere: `POST .../devices/{did}/rename`
beside `POST /hubs/{id}/devices`, `GET .../commands/{cid}/payload` after `.../devices/{did}/commands`.

The ellipsis stands for the part of a stated path before the segment the abbreviated route continues with: the
`.../devices/...` of a page that states `/hubs/{id}/devices` is `/hubs/{id}/devices/...`. Of the stated paths
holding that segment (past their first), the nearest one before the abbreviation is the one it continues, else the
nearest after it; a route the ellipsis resolved is itself stated, so `.../commands/{cid}` continues the
`/hubs/{id}/devices/{did}/commands` an earlier `.../devices/{did}/commands` resolved to. A segment no stated path
holds (`.../entities/{eid}/buttons` in a list of hub reads) continues what the ellipsis before it in the same
paragraph stood for. A lone one-segment path right after an abbreviated one, joined by "and" or a comma
(`.../activities/{aid}/macros` and `/favorites`), that begins no other path of the page, is its sibling: the same
path with its last segment replaced. Where nothing resolves an ellipsis, it stays as written (and names no
route), unless it sits in a table column whose other ellipses all stand for one base and all continue with the same
leading segments (`.../datasets/{d}/tables`, `.../datasets/{d}`): the column abbreviates that one parent
(`/projects/{p}/datasets/{d}`), so a continuation no stated path holds (`.../routines`) is a child of it, as the
column's other routes are. An ellipsis in a table cell after a route the cell writes in full continues that route
(`cell_continuations.py`). Sections whose title states the base (`layouts.resolve_relative_paths`) are resolved
before this.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document
from .cell_continuations import cell_base

_PATH = re.compile(r"(?<![\w./])(?P<dots>\.\.\.|…)?(?P<path>(?:/[\w{}<>~:.-]*[\w}>])+)")
_SIBLING_JOIN = re.compile(r"`?\s*(?:,\s*)?(?:and|or|,)\s*`?")


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def continued_paths(doc: Document) -> Document:
    """The page with each route written from an ellipsis written out in full, where a stated path resolves it."""
    pieces = [
        text
        for s in doc.sections
        for b in s.blocks
        for text in (b.text, *(c for row in b.rows for c in row), *(t for item in b.items for t in item))
    ]
    if not any(m["dots"] for text in pieces for m in _PATH.finditer(text)):
        return doc
    columns = _cell_columns(doc)
    cells = {p for p, c in enumerate(columns) if c is not None}
    tokens = [(p, m) for p, text in enumerate(pieces) for m in _PATH.finditer(text)]
    firsts = [_segments(m["path"])[0] for _, m in tokens if not m["dots"]]
    stated = [(i, _segments(m["path"])) for i, (_, m) in enumerate(tokens) if not m["dots"]]
    resolved: dict[int, str] = {}
    bases: dict[int, str] = {}
    last_end = 0
    last: tuple[int, str, str] | None = None  # (piece, base, full path) of the last resolved ellipsis
    for i, (piece, match) in enumerate(tokens):
        segments = _segments(match["path"])
        if not match["dots"]:
            between = pieces[piece][last_end : match.start()] if last and last[0] == piece else None
            if (
                last is not None
                and between is not None
                and len(segments) == 1
                and firsts.count(segments[0]) == 1
                and _SIBLING_JOIN.fullmatch(between)
            ):
                resolved[i] = last[2].rsplit("/", 1)[0] + "/" + segments[0]
                stated.append((i, _segments(resolved[i])))
            continue
        head = next((m["path"] for p, m in tokens[:i] if p == piece and not m["dots"]), None)
        base = cell_base(head, segments) if piece in cells and head else None
        base = base or _base(segments, i, stated)
        if base is None and last is not None and last[0] == piece:
            base = last[1]
        if base is None:
            continue
        resolved[i] = base + match["path"]
        bases[i] = base
        stated.append((i, _segments(resolved[i])))
        last, last_end = (piece, base, resolved[i]), match.end()
    resolved.update(_column_parents(tokens, columns, resolved, bases))
    if not resolved:
        return doc
    by_piece: dict[int, dict[int, str]] = {}
    for i, path in resolved.items():
        piece, match = tokens[i]
        by_piece.setdefault(piece, {})[match.start()] = path
    counter = iter(range(len(pieces)))

    def full(text: str) -> str:
        found = by_piece.get(next(counter), {})
        return _PATH.sub(lambda m: found.get(m.start(), m.group(0)), text) if found else text

    sections = []
    for s in doc.sections:
        blocks = []
        for b in s.blocks:
            text = full(b.text)
            rows = tuple(tuple(full(c) for c in row) for row in b.rows)
            items = tuple((full(t), full(d)) for t, d in b.items)
            blocks.append(replace(b, text=text, rows=rows, items=items))
        sections.append(replace(s, blocks=blocks))
    return replace(doc, sections=sections)


def _cell_columns(doc: Document) -> list[tuple[int, int] | None]:
    """For each piece `continued_paths` reads, in its order, the (table, column) of a table cell, else None."""
    found: list[tuple[int, int] | None] = []
    for s in doc.sections:
        for b in s.blocks:
            found.append(None)
            found += [(id(b), column) for row in b.rows for column, _ in enumerate(row)]
            found += [None for item in b.items for _ in item]
    return found


def _column_parents(
    tokens: list[tuple[int, re.Match[str]]],
    columns: list[tuple[int, int] | None],
    resolved: dict[int, str],
    bases: dict[int, str],
) -> dict[int, str]:
    """The unresolved ellipses of table columns whose resolved ellipses (two or more) share one base and begin their
    continuations with the same segments, each resolved under that base and those segments."""
    by_column: dict[tuple[int, int], list[int]] = {}
    for i, (piece, match) in enumerate(tokens):
        if match["dots"] and columns[piece] is not None:
            by_column.setdefault(columns[piece], []).append(i)  # type: ignore[arg-type]
    found: dict[int, str] = {}
    for members in by_column.values():
        done = [i for i in members if i in resolved]
        left = [i for i in members if i not in resolved]
        if len(done) < 2 or not left or len({bases[i] for i in done}) != 1:
            continue
        shared = _segments(tokens[done[0]][1]["path"])
        for i in done[1:]:
            shared = _common_head(shared, _segments(tokens[i][1]["path"]))
        if not shared:
            continue
        parent = bases[done[0]] + "/" + "/".join(shared)
        for i in left:
            if _segments(tokens[i][1]["path"])[0] not in shared:
                found[i] = parent + tokens[i][1]["path"]
    return found


def _common_head(a: list[str], b: list[str]) -> list[str]:
    """The leading segments two paths share."""
    head: list[str] = []
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        head.append(x)
    return head


def _base(continued: list[str], at: int, stated: list[tuple[int, list[str]]]) -> str | None:
    """The part before the continuation's first segment of the stated path nearest before token `at` holding it
    past its first segment, else of the nearest after it; one the abbreviation repeats in full first."""
    holding = [(i, s, s.index(continued[0], 1)) for i, s in stated if continued[0] in s[1:]]
    whole = [(i, s, k) for i, s, k in holding if _same(s[k:], continued)]
    holding = whole or holding
    before = [h for h in holding if h[0] < at]
    after = [h for h in holding if h[0] > at]
    chosen = max(before, key=lambda h: h[0]) if before else min(after, key=lambda h: h[0]) if after else None
    return "/" + "/".join(chosen[1][: chosen[2]]) if chosen is not None else None


def _same(stated: list[str], continued: list[str]) -> bool:
    """Whether two paths' segments are the same, a placeholder matching any placeholder."""
    return len(stated) == len(continued) and all(
        a == b or (a[:1] != "" != b[:1] and a[:1] in "{<:" and b[:1] in "{<:")
        for a, b in zip(stated, continued, strict=True)
    )
