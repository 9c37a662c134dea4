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

A section titled "Query parameters" alone is read so too on a page whose requests all go to one route by several
methods (a README's "Using GET request", "Using POST request", both of `/`, then "Query parameters"): under no
route's section, it lists what that one URL takes in its query string, whichever the method. On a page of several
routes such a section may be any one's (the list routes' paging) and is left to the other rules.
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
    stated: set[tuple[str, str]] | None = None,
) -> bool:
    """Whether `section` (counted to `owner`; of `sections`, whose endpoints are `owners`; `stated`: every request
    the page states) holds the page's further shared options: so titled, stating no request, and under no section
    of the route it is counted to (a section of a route's own is under it; one that only follows a route's section,
    at its level or above, is not)."""
    if states_requests:
        return False
    title = section.title.strip(" :")
    if _TITLE.fullmatch(title) is None and not (_QUERY_TITLE.fullmatch(title) and _one_route(stated or set())):
        return False
    return not under_route(section, owner, sections, owners)


_QUERY_TITLE = re.compile(r"(?i)query\s+param(?:eter)?s")


def _one_route(stated: set[tuple[str, str]]) -> bool:
    """Whether the page states two or more requests (`stated`: their method and path), all of one path."""
    return len(stated) >= 2 and len({path.rstrip("/") for _, path in stated}) == 1


def under_route(
    section: Section, owner: tuple[str, str] | None, sections: list[Section], owners: list[tuple[str, str] | None]
) -> bool:
    """Whether `section` lies inside a section of the route it is counted to (`owner`), rather than only following
    one or holding the sections that state it."""
    ancestors = {section.path[:depth] for depth in range(1, len(section.path))}
    return owner is not None and any(s.path in ancestors and o == owner for s, o in zip(sections, owners, strict=True))


__all__ = ["further_options", "under_route"]
