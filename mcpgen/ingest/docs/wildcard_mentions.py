"""A path whose last segment is a bare wildcard, `/rest/match/*`, quoted beside the routes it stands for: "the
metered routes (`GET /rest/odds` and `/rest/match/*`)", where the method is borrowed from the request line before.

`wildcard_summaries` leaves out a request line that writes its own method before such a path; this reads the same
structure wherever the mention came from (a path after "and" taking the method of the one before it, a bullet,
a cell). The `*` is no part of a path a client sends: it says "every route under here", and where the document
states a route with the same method under that prefix (`GET /rest/match/event`) the wildcard summarises it and is
no route of its own. A wildcard under which no stated route falls (a catch-all a server answers, `GET /files/*`
alone) is kept, read as before."""

from __future__ import annotations

from .mention import Mention


def _prefix(path: str) -> str | None:
    return path[:-1] if path.endswith("/*") and "*" not in path[:-1] else None


def drop_wildcard_mentions(mentions: list[list[Mention]]) -> None:
    """Leave out the mentions of a `/prefix/*` path under which a route with the same method is stated."""
    stated = {(m.method, m.target.path) for found in mentions for m in found if _prefix(m.target.path) is None}
    summaries = {
        (m.method, m.target.path)
        for found in mentions
        for m in found
        if (prefix := _prefix(m.target.path))
        and any(method == m.method and path.startswith(prefix) and len(path) > len(prefix) for method, path in stated)
    }
    if summaries:
        for found in mentions:
            found[:] = [m for m in found if (m.method, m.target.path) not in summaries]
