"""Parameters a route's own list item or sentence names in code inside a phrase of plain words, where no table
or example states them (the way a project's notes describe a route: "`POST /v1/ingest` — JSON body for `text` or
`url`"). Four phrases are read, each one any reader of such notes recognises:

- "body for `a` or `b`" / "body with `a` and `b`" in a request that carries a body (POST, PUT, PATCH): the coded
  names are fields of the body. Joined by "or" they are alternatives, so neither is needed on its own (optional);
  otherwise nothing is said of need.
- "paginated by `x` + `y`", "sorted by `x`", "ordered by `x`" in a GET: the coded names are what the caller pages
  or orders the listing by, its query parameters, optional as such options are.
- "Paginated list (limit 1..500)" in a GET that lists: a name in parentheses with the range of whole numbers it
  takes (`lo..hi`, the notation of a closed range) is a bound the caller sets on the listing, a query parameter,
  optional. The range is what makes the word a parameter, so a plain word in parentheses gives nothing.
- "a memo (`a`) or an edge (`b`)" in a request that carries a body: two things the request may act on, each with
  the coded field that names it, joined by "or": the body carries one of the fields, so each is optional.

Only coded names count (but for the ranged name), and only in the text of the route's own item, so a name the
notes mention elsewhere (an environment variable, a setting, a function) gives nothing here."""

from __future__ import annotations

import re

_CODE = r"``?(?P<{0}>[a-z_][a-z0-9_]*)``?"
_RUN = r"``?[a-z_][a-z0-9_]*``?(?:\s*(?:,|\+|&|\band\b|\bor\b)\s*``?[a-z_][a-z0-9_]*``?)*"
_BODY_FOR = re.compile(rf"(?i)\bbody\s+(?:for|with|of|containing|carrying)\s+(?P<run>{_RUN})")
_PAGED_BY = re.compile(rf"(?i)\b(?:paginated|paged|sorted|ordered|sortable)\s+by\s+(?P<run>{_RUN})")
_RANGED = re.compile(r"\((?:[^()]*?[,;]\s*)?`{0,2}(?P<name>[a-z_][a-z0-9_]*)`{0,2}\s*(?:=\s*)?\d+\s*\.\.\s*\d+\s*\)")
_LISTING = re.compile(r"(?i)\b(?:paginated|paged|list(?:s|ing)?)\b")
_EITHER = re.compile(r"\(\s*" + _CODE.format("a") + r"\s*\)\s+or\s+[^()`.;]{1,40}?\(\s*" + _CODE.format("b") + r"\s*\)")


def item_phrase_params(method: str, text: str) -> list[tuple[str, str, bool | None]]:
    """(name, location, required) for each coded name a route's own item names in one of the phrases above."""
    found: dict[tuple[str, str], bool | None] = {}
    if method in ("POST", "PUT", "PATCH"):
        for match in _BODY_FOR.finditer(text):
            alternatives = re.search(r"\bor\b", match["run"]) is not None
            for name in _names(match["run"]):
                found.setdefault((name, "body"), False if alternatives else None)
        for match in _EITHER.finditer(text):
            for name in (match["a"], match["b"]):
                found.setdefault((name, "body"), False)
    if method == "GET":
        for match in _PAGED_BY.finditer(text):
            for name in _names(match["run"]):
                found.setdefault((name, "query"), False)
        for match in _RANGED.finditer(text) if _LISTING.search(text) else ():
            found.setdefault((match["name"], "query"), False)
    return [(name, where, required) for (name, where), required in found.items()]


def _names(run: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"``?([a-z_][a-z0-9_]*)``?", run)))
