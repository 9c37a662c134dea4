"""A route written from a colon placeholder standing for a configured prefix: `GET :base_url_mapconfig/:TOKEN/{z}`,
`OPTIONS :base_url_mapconfig`, under "Routes considering the `base_url_mapconfig` configuration option".

Express-style documents name a path's values `:id`; a target that opens with such a name instead of a slash (no
route starts without one) writes the part before the route as a placeholder, as `{base_url}/pets`, `<BASE URL>/x`
and `$BASE_URL/x` do: the name stands for the prefix the server is configured with (a mount point, a base URL),
and what follows it is the route. A target that is the placeholder alone is the prefix itself, the route `/`.
Only a whole name at the very start is read so; `:id` after a slash stays a path parameter.

Where a sentence of the page gives the placeholder its value ("In the examples the `base_url_mapconfig` was
configured with the value `/api/v1/map`"), the routes are written from that value before the page is read, so they
are the paths the page's own examples request (`curl http://host/api/v1/map`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document

_LEADING = re.compile(r"^(?P<head>:[A-Za-z_]\w*)(?P<rest>/.*)?$", re.S)


def colon_based(text: str) -> tuple[str, str] | None:
    """(the placeholder, the route after it) for a target written from a leading colon placeholder, else None."""
    match = _LEADING.match(text)
    if match is None:
        return None
    return match["head"], match["rest"] or "/"


_VALUED = re.compile(
    r"`(?P<name>[A-Za-z_]\w*)`(?:\s+(?:configuration\s+)?(?:option|setting|parameter|variable))?"
    r"[^.`]{0,40}?\b(?:configured|set|defaults?)\s+(?:with|to|as)\s+(?:the\s+)?(?:value\s+)?"
    r"`(?P<value>(?:/[\w.~-]+)+)/?`"
)
""""the `base_url_mapconfig` was configured with the value `/api/v1/map`", "`prefix` defaults to `/api`"."""


def stated_colon_bases(doc: Document) -> Document:
    """The page with each route written from a colon placeholder whose value a sentence of the page states
    (`:base_url_mapconfig/:TOKEN` where "`base_url_mapconfig` was configured with the value `/api/v1/map`") written
    from that value, as the server is configured to serve it; a placeholder the page gives no value stays the
    prefix the routes are relative to."""
    values: dict[str, str] = {}
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "text":
                for match in _VALUED.finditer(" ".join(block.text.split())):
                    values.setdefault(match["name"], match["value"])
    if not values:
        return doc
    leading = re.compile(
        r"(?:(?<=[\s`*(])|^):(?P<name>" + "|".join(map(re.escape, values)) + r")(?=/|[`*\s),;]|$)", re.M
    )

    def full(text: str) -> str:
        return leading.sub(lambda m: values[m["name"]], text) if ":" in text else text

    sections = [
        replace(s, title=full(s.title), path=tuple(map(full, s.path)), blocks=[b.rewritten(full) for b in s.blocks])
        for s in doc.sections
    ]
    return replace(doc, sections=sections)
