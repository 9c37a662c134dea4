"""A route written short, by its last segment, in prose about routes the same page writes in full as code:

    You can find CGM data in `/api/v1/entries`, Care Portal Treatments in `/api/v1/treatments`.
    By default the `/entries` and `/treatments` APIs limit results to the most recent 10 values.

On a page whose routes are read from paths written as code (`mentions.coded_templates`: no request line, no list
of paths), a one-segment path (`/entries`) that is the last segment of exactly one longer route the page wrote
before it (`/api/v1/entries`) names that route by its resource, as a reader shortens a route already introduced:
it is that route, not one of the server's root. A one-segment path that ends no earlier route (`/health` beside
`/api/v1/entries`), or ends several (`/items` after `/api/v1/items` and `/api/v2/items`), is left as written.
"""

from __future__ import annotations

from dataclasses import replace

from .mention import Mention


def short_coded_routes(mentions: list[list[Mention]]) -> None:
    """Each one-segment coded route that ends exactly one longer route written before it, made that route."""
    seen: list[str] = []
    for found in mentions:
        for index, m in enumerate(found):
            path = m.target.path.rstrip("/")
            segments = [s for s in path.split("/") if s]
            if len(segments) == 1 and m.inferred and not m.target.query:
                longer = {p for p in seen if p.endswith(path) and p.count("/") > 1}
                if len(longer) == 1:
                    full = longer.pop()
                    found[index] = replace(m, target=replace(m.target, path=full, query=[]), written=full)
                    continue
            seen.append(path)


__all__ = ["short_coded_routes"]
