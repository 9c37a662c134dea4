"""Operations a document tells apart by a fixed query value (`?action=reset`, `?action=add`) rather than by
their paths."""

from __future__ import annotations

import re

from .listing_controls import shapes_listing
from .mention import Mention
from .requests import path_key

# query parameters whose value selects the operation (`?action=stop`, AWS's `?Action=DescribeInstances`)
_SELECTOR = re.compile(r"(?i)action|op|operation|cmd|command|method|function|verb|call")


def _selector(key: str) -> bool:
    """A query parameter whose name says it selects the operation (`action`, vSphere's `~action`, `$op`)."""
    return bool(_SELECTOR.fullmatch(key.lstrip("~$")))


def discriminate(mentions: list[list[Mention]]) -> None:
    """Operations told apart by a fixed query value (`POST /counters/{name}?action=reset` and `?action=add`,
    `GET /schemas` and `GET /schemas?action=types`): when the request lines a document states for one method
    and path give one query parameter two or more different literal values (or, for a parameter named as a
    selector such as `action`, a value and none), that parameter names the operation and stays in its path.
    Lines showing three or more query names are example filters on one route (`?title=..`, `?_page=7`), as are
    lines whose further query names differ (`?type=source`, `?type=target&local=0`) unless the key is a selector."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for found in mentions:
        for m in found:
            if m.kind == "line" and not m.prose:  # an overview table never shows a query: it tells nothing
                groups.setdefault((m.method, path_key(m.target.path)), []).append(m)
    for group in groups.values():
        keys = {name for m in group for name, _, _ in m.target.query}
        if len(keys) >= 3:  # `?title=...`, `?_page=7`, `?q=internet`: example filters on one route, no selector
            keys = {key for key in keys if _selector(key)}
        for key in sorted(k for k in keys if not shapes_listing(k)):  # `?_sort=age`, `?_sort=name`: one listing
            states = {next((v for n, v, ph in m.target.query if n == key and not ph), None) for m in group}
            literal = {v for v in states if v is not None}
            placeholder = any(n == key and ph for m in group for n, _, ph in m.target.query)
            if not literal or placeholder or not all(re.fullmatch(r"[A-Za-z][\w.:-]*", v) for v in literal):
                continue
            if len(literal) < 2 and not _selector(key):
                continue  # one value (and none): a fixed operation when the parameter is one that selects it
            others = {frozenset(n for n, _, _ in m.target.query if n != key) for m in group}
            if len(others) > 1 and not _selector(key):
                continue  # `?type=a`, `?type=b&local=0`: example filters of one route, each line its own
            for m in group:
                value = next((v for n, v, ph in m.target.query if n == key and not ph), None)
                if value is not None:
                    joiner = "&" if "?" in m.target.path else "?"
                    m.target.path = f"{m.target.path}{joiner}{key}={value}"
                    m.target.query = [q for q in m.target.query if q[0] != key]
