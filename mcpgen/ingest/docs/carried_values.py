"""A value an example request shows in a route's placeholder, shown again in a longer request's path:

    $ curl -H "$HEADER" http://localhost:5000/users/olssont/summary
    ...
    $ curl -H "$HEADER" http://localhost:5000/users/olssont        (read as GET /users/{username})

Once the rules have read `/users/olssont` as an example of `/users/{username}` (the value after `/users` fills
that placeholder), the same value after the same segments in another example request (`/users/olssont/summary`)
fills it too: `/users/{username}/summary`. The document uses one example value throughout; where it stands is
what the document shows of it. Only example requests (curl commands, raw HTTP requests) are rewritten, never a
route the document writes as it is, and only where the value stands after the very segments it stood after.
"""

from __future__ import annotations

import re

from .mention import Mention, endpoint_key
from .reordered_examples import reordered_examples

_PLACEHOLDER = re.compile(r"\{[^{}]+\}")


def carried_values(mentions: list[list[Mention]], owners: list[tuple[str, str] | None]) -> list[tuple[str, str] | None]:
    """Rewrite example requests' paths that hold a value other requests show filling a placeholder; the
    section owners, with a rewritten route's key followed."""
    owners = reordered_examples(mentions, owners)  # `.../start/Sims` under `/api/server/<name>/start`: its example
    filled: dict[tuple[tuple[str, ...], str], str] = {}
    for m in (m for found in mentions for m in found):
        now, was = m.target.path.split("/"), m.written.split("/")
        if len(now) != len(was):
            continue
        for i, (segment, value) in enumerate(zip(now, was, strict=True)):
            if _PLACEHOLDER.fullmatch(segment) and not _PLACEHOLDER.fullmatch(value) and value:
                filled.setdefault((tuple(now[:i]), value), segment)
    if not filled:
        return owners
    moved: dict[tuple[str, str], tuple[str, str]] = {}
    for m in (m for found in mentions for m in found if m.kind in ("curl", "http")):
        segments = m.target.path.split("/")
        before = endpoint_key(m)
        for i in range(2, len(segments)):
            segments[i] = filled.get((tuple(segments[:i]), segments[i]), segments[i])
        m.target.path = "/".join(segments)
        if endpoint_key(m) != before:
            moved[before] = endpoint_key(m)
    return [moved.get(owner, owner) if owner is not None else None for owner in owners]


__all__ = ["carried_values"]
