"""A request body section set apart from the routes above it: under `### Endpoints`, one `` #### `METHOD /path` ``
heading per route (`POST /jobs`, `GET /jobs/{id}`, `POST /jobs/{id}/cancel`), then `### Request Body` at the level
of `### Endpoints` itself, with the JSON the submitting route takes. Owners are carried forward from the last route
stated, so the body would fall to the last route of the group (the cancel), but a heading shallower than that
route's heading is not part of its section: it speaks of the group. Its owner is the group's one write route
(POST, PUT, PATCH) on a path with no placeholder, the route that submits a new thing; an action on an item named
in its path (`/jobs/{id}/cancel`) is not it. The sections that follow with no route of their own ("LoRA Rules",
"Field Mapping Summary") go with it. Where the group has no such route, or more than one, nothing changes; where
the body heading sits under the route's own heading, it is that route's."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_BODY_TITLE = re.compile(r"^\W*(?:request\s+)?(?:body|payload)\W*$", re.I)
_WRITES = ("POST", "PUT", "PATCH")

Owner = tuple[str, str] | None


def detached_bodies(doc: Document, mentions: list[list[Mention]], owners: list[Owner]) -> list[Owner]:
    """The owners, with each detached body section (and the route-less sections after it) given to its group's
    one submitting route."""
    owners = list(owners)
    sections = doc.sections
    for index, section in enumerate(sections):
        owner = owners[index]
        if owner is None or mentions[index] or not _BODY_TITLE.match(section.title) or section.level < 1:
            continue
        stated = [i for i in range(index) if owner in {endpoint_key(m) for m in mentions[i]}]
        if not stated or sections[stated[-1]].level <= section.level:
            continue  # the body heading sits under the route's own heading
        start = max((i for i in range(index) if 0 < sections[i].level <= section.level), default=-1)
        routes = {endpoint_key(m) for i in range(start + 1, index) for m in mentions[i] if owners[i] == endpoint_key(m)}
        writes = [r for r in routes if r[0] in _WRITES and "{" not in r[1]]
        if len(writes) != 1 or writes[0] == owner:
            continue
        for later in range(index, len(sections)):
            if owners[later] != owner or (later > index and mentions[later]):
                break
            owners[later] = writes[0]
    return owners


__all__ = ["detached_bodies"]
