"""Named services called on a content object the document names by a placeholder once and by examples elsewhere.

Zope and Plone serve an API as named services and views (`@booking`, `@available-slots`, `@@download`) traversed
on a content object: the path before the `@name` says which object the call is made on. A document that names
that object with a placeholder in one request (`curl http://host/site/++api++/<folder_path>/@booking -X POST`)
and with a concrete folder in others (`curl http://host/site/folder/@available-slots`, `curl
http://host/site/bookings_folder/@day-busy-slots`) shows the same position filled in: the concrete segment is an
example value of the placeholder, and the route takes the placeholder (`/site/{folder_path}/@available-slots`).
Zope's namespace traversal segments (`++api++`, `++resource++`) name no object, so they are skipped when the
positions are compared. A request on the site itself (`/site/@bookings`, no segment between the site and the
service) keeps its route, and a position for which the document writes two different placeholders is left as
written (which one the example fills is not said)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention

_SERVICE = re.compile(r"@@?[A-Za-z_][\w.-]*")
_TRAVERSAL = re.compile(r"\+\+[\w-]*\+\+")
_HOLE = re.compile(r"\{[^{}/]+\}")


def _context(segments: list[str], at: int) -> tuple[str, ...]:
    """The segments before position `at`, without namespace traversal ones."""
    return tuple(s for s in segments[:at] if not _TRAVERSAL.fullmatch(s))


def context_placeholders(mentions: list[list[Mention]]) -> None:
    """Concrete objects before an `@service` in example requests become the document's placeholder there."""
    every = [m for found in mentions for m in found]
    holes: dict[tuple[str, ...], Counter[str]] = {}
    for m in every:
        segments = m.target.path.split("/")
        for at in range(1, len(segments) - 1):
            if _HOLE.fullmatch(segments[at]) and _SERVICE.fullmatch(segments[at + 1]):
                holes.setdefault(_context(segments, at), Counter())[segments[at]] += 1
    if not holes:
        return
    for m in every:
        if m.kind not in ("curl", "http"):
            continue
        segments = m.target.path.split("/")
        for at in range(1, len(segments) - 1):
            segment = segments[at]
            if not segment or "{" in segment or segment.startswith(("@", "+")):
                continue
            counter = holes.get(_context(segments, at))
            if counter and len(counter) == 1 and _SERVICE.fullmatch(segments[at + 1]):
                segments[at] = next(iter(counter))
        m.target.path = "/".join(segments)
