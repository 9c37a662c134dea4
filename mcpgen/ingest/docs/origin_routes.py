"""Routes a page states from the origin on both sides of its base URL's path: a client is pointed at
`http://host:8000/v1` (`base_url=".../v1"` in SDK snippets), while the page's own route headings or request lines
state `GET /v1/voices`, `POST /v1/audio/speech` beside `GET /healthz`, `GET /metrics`. Routes the page itself
writes with the base's path show that its routes are written in full, from the origin; so the ones it writes
without that path are not under the base either, and the base is the origin alone. It takes two or more stated
routes on each side (one of each could be a slip or an aside), each stated as a route of its own (a request line
or heading that owns the route, not only a client call)."""

from __future__ import annotations

from collections.abc import Iterable

from .endpoint import Endpoint


def stated_both_ways(prefix: str, endpoints: Iterable[Endpoint]) -> bool:
    """Whether two or more routes the page states as its own (`primary`) carry the base's path `prefix` and two or
    more others are stated without it."""
    stated = [e for e in endpoints if e.primary]
    under = sum(e.path.startswith(prefix + "/") for e in stated)
    return under >= 2 and len(stated) - under >= 2
