"""Routes a page writes short, in ways a reader completes from what the page states around them, written out in
full before the page is read (so that every rule reading routes, in prose, lists, tables and headings, sees them
as sent):

- a route written from an ellipsis (`POST .../devices/{did}/rename`): `continued_paths.py`; a table cell's
  placeholder-first path after another request of the cell (`` GET `/keys` · DELETE `/{id}` ``), written relative
  to it: `packed_route_cells.py`;
- a method alone in code said to apply "on the same path" (or "on the latter" / "on the former") as the route
  named just before it: "`PUT /rooms/{rid}` renames it and `DELETE` on the same path removes it" is `DELETE
  /rooms/{rid}`;
- methods in code joined by a spaced slash before one request line (`` `POST` / `DELETE` / `PUT /x` ``), the
  same join as `` `POST`/`DELETE`/`PUT /x` `` (`method_pairs.py`), written without the spaces so that no method
  is read as a request of the root `/`;
- on a page that abbreviates its routes (it writes some from an ellipsis or relative to another), a route written
  as the tail of a longer path the page states (`POST /callback-device` beside `GET /hubs/{id}/callback-device`),
  where every path the page begins with that segment is such a tail: the page names the resource by its own last
  segments, so the route is the longer one's (a page that abbreviates nothing writes its short paths as routes of
  their own, as `/users` beside `/api/v1/users` of a mounted example);
- paths beginning with segments a sentence scopes to a prefix: `scoped_prefixes.py`;
- routes written from a colon placeholder for a configured prefix whose value a sentence states
  (`:base_url/:TOKEN`, "`base_url` was configured with the value `/api/v1/map`"): `colon_bases.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .blocks import Document
from .colon_bases import stated_colon_bases
from .continued_paths import continued_paths
from .packed_route_cells import continued_cells
from .requests import METHODS
from .scoped_prefixes import scoped_prefix_paths

_METHOD = "|".join(METHODS)
_SAME_PATH = re.compile(
    rf"`(?P<method>{_METHOD})`(?=\s+(?:on|to|for)\s+(?:the\s+)?(?P<which>same\s+(?:path|route|url|uri|endpoint)|"
    r"latter|former)\b)"
)
_CODED_ROUTE = re.compile(rf"`(?:{_METHOD})\s+(?P<path>/[^`\s]*)`|`(?P<bare>/[^`\s]*)`")
_SPACED_JOIN = re.compile(rf"(`(?:{_METHOD})`)\s+/\s+(?=`(?:{_METHOD})[`\s])")
_ROOTED = re.compile(r"(?<![\w./:~@$%-])(?<![\w}>]\[)(?P<path>(?:/[\w{}<>~:.-]*[\w}>])+)")
"""A path from the server's root; not the optional segment a route writes in brackets after itself
(`/projects/{p}/datasets[/{d}]`), which is part of that route, never a route written short."""


def written_routes(doc: Document) -> Document:
    """The page with its short-written routes written in full."""
    continued = continued_paths(continued_cells(doc))  # `GET /keys · DELETE /{id}`: `/keys/{id}`
    abbreviating = continued is not doc  # a page that writes routes from an ellipsis (or relative) abbreviates them
    doc = _rewritten(continued, _same_path)
    doc = _rewritten(doc, lambda text: _SPACED_JOIN.sub(r"\1/", text))
    return stated_colon_bases(scoped_prefix_paths(_tails(doc) if abbreviating else doc))


def _rewritten(doc: Document, full: Callable[[str], str]) -> Document:
    return replace(doc, sections=[replace(s, blocks=[b.rewritten(full) for b in s.blocks]) for s in doc.sections])


def _same_path(text: str) -> str:
    """`DELETE` "on the same path" as the route before it (or the latter / former of the two before it)."""
    if "`" not in text or not _SAME_PATH.search(text):
        return text

    def one(match: re.Match[str]) -> str:
        before = [m["path"] or m["bare"] for m in _CODED_ROUTE.finditer(text, 0, match.start())]
        if not before:
            return match.group(0)
        path = before[-2] if match["which"] == "former" and len(before) > 1 else before[-1]
        return f"`{match['method']} {path}`"

    return _SAME_PATH.sub(one, text)


def _tails(doc: Document) -> Document:
    """Each path written as the tail of exactly one longer stated path, where every path beginning with its first
    segment is such a tail, written as that longer path."""
    pieces = [
        t
        for s in doc.sections
        for b in s.blocks
        for t in (b.text, *(c for row in b.rows for c in row), *(x for item in b.items for x in item))
    ]
    paths = {m["path"].rstrip("/") for text in pieces for m in _ROOTED.finditer(text)} - {""}
    split = {p: p.strip("/").split("/") for p in paths}
    full: dict[str, str] = {}
    for path, segments in split.items():
        longer = {
            "/".join(other[: len(other) - len(segments)])
            for other in split.values()
            if len(other) > len(segments) and _same(other[len(other) - len(segments) :], segments)
        }
        if len(longer) == 1:
            full[path] = "/" + longer.pop() + path
    by_first: dict[str, list[str]] = {}
    for path, segments in split.items():
        by_first.setdefault(segments[0], []).append(path)
    full = {p: f for p, f in full.items() if all(q in full for q in by_first[split[p][0]])}
    if not full:
        return doc

    def rewrite(text: str) -> str:
        return _ROOTED.sub(lambda m: full.get(m["path"].rstrip("/"), m["path"]), text)

    return _rewritten(doc, rewrite)


def _same(a: list[str], b: list[str]) -> bool:
    """Whether two runs of segments are the same: the first one for one, a placeholder matching any segment after."""
    pairs = list(zip(a, b, strict=True))
    return pairs[0][0] == pairs[0][1] and all(x == y or x[:1] in "{<" or y[:1] in "{<" for x, y in pairs[1:])
