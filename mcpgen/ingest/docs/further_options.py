"""A section titled only "Other options" (or "More options", "Additional parameters", "Further arguments") that
states no request and sits in no route's section:

    Options
    -------
    You can filter by ``user`` ...

    Other options
    -------------
    - ``title``, Set a title on the plot.
    - ``width``, (int), Defaults to ``800``.

A page about one family of requests (chart URLs, tile URLs) states what they all take in sections of their own, the
last of which is commonly called "Other options": the rest of the page's options, as "General options" would be.
Its parameters are read as the page's shared ones (every endpoint of the document takes them). Left alone: such a
section inside a route's section (the options of that route only), one that states a request, and a title that
says more than the two words ("Other options for deployment" is about something else).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Section

_TITLE = re.compile(
    r"(?i)(?:other|more|additional|further|extra)\s+(?:options|param(?:eter)?s|arguments|query\s+parameters)"
)


def further_options(
    section: Section,
    owner: tuple[str, str] | None,
    sections: list[Section],
    owners: list[tuple[str, str] | None],
    states_requests: bool,
) -> bool:
    """Whether `section` (counted to `owner`; of `sections`, whose endpoints are `owners`) holds the page's further
    shared options: so titled, stating no request, and under no section of the route it is counted to (a section of
    a route's own is under it; one that only follows a route's section, at its level or above, is not)."""
    if states_requests or _TITLE.fullmatch(section.title.strip(" :")) is None:
        return False
    return not under_route(section, owner, sections, owners)


def under_route(
    section: Section, owner: tuple[str, str] | None, sections: list[Section], owners: list[tuple[str, str] | None]
) -> bool:
    """Whether `section` lies inside a section of the route it is counted to (`owner`), rather than only following
    one or holding the sections that state it."""
    ancestors = {section.path[:depth] for depth in range(1, len(section.path))}
    return owner is not None and any(s.path in ancestors and o == owner for s, o in zip(sections, owners, strict=True))


__all__ = ["further_options", "under_route"]
