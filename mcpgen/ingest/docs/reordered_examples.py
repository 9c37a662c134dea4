"""An example request under an operation's stated route whose path holds the route's own literal segments in
another order, a value where the route had its placeholder:

    | URL                        | Method |
    | /api/server/<name>/start   | POST   |

    Where name is the profile to start.

    **Example:** curl -X POST http://localhost:8624/api/server/start/Simulators

The example fits no route the document states, yet it is the section's operation written carelessly: every
literal segment of the stated route is there (`api`, `server`, `start`), as many segments as the route has, and
what is left over (`Simulators`) stands where the placeholder's value would. The document states the route once,
in its table; the example only shows a call of it, so it is read as that route's example (its body and headers
kept), never as a route of its own.

Only a concrete example request (a curl command, a raw HTTP request) is read so, against a route stated in the
same section (a table row, a request line) with a placeholder and literal segments both, of the same method: the
example's path has as many segments, holds every literal segment as often as the route does, and does not already
fit the route as written. The same path the section's text repeats (a sentence quoting the curl command) goes
with it. An example with a segment of its own beyond the placeholder's place (a sibling route) is left as it was.
"""

from __future__ import annotations

from collections import Counter

from .mention import Mention, endpoint_key
from .requests import path_key
from .templating import example_of

_EXAMPLES = ("curl", "http")


def reordered_examples(
    mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Rewrite, in place, the path of each such example (and of the same path the section's text repeats) to the
    route the section states; the section owners, with a rewritten example's key followed."""
    owners = list(owners)
    for index, found in enumerate(mentions):
        for stated in [m for m in found if m.kind not in _EXAMPLES and "{" in m.target.path and not m.prose]:
            route = [s for s in path_key(stated.target.path).split("/") if s]
            literal = Counter(s for s in route if s != "{}")
            if not literal or "?" in stated.target.path:
                continue
            moved = {m.target.path for m in found if m.kind in _EXAMPLES and _reordered(m, stated, route, literal)}
            for mention in found:
                if mention.method == stated.method and mention.target.path in moved:
                    if owners[index] == endpoint_key(mention):
                        owners[index] = endpoint_key(stated)
                    mention.target.path = stated.target.path
    return owners


def _reordered(example: Mention, stated: Mention, route: list[str], literal: Counter[str]) -> bool:
    """Whether the example holds the stated route's literal segments, as many segments, in another order."""
    if example.method != stated.method or example_of(example, endpoint_key(stated)):
        return False
    segments = [s for s in example.target.path.split("/") if s]
    if len(segments) != len(route) or any(s.startswith("{") for s in segments):
        return False
    left = Counter(segments)
    left.subtract(literal)
    return min(left.values()) >= 0


__all__ = ["reordered_examples"]
