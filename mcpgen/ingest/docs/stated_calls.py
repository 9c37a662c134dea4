"""What a section's prose states about its one example request: the method on a bold method line, and the kind of
object a named service is called on.

A section may state its method on a line of its own, the method in bold before or without words
(`**GET**`, `**POST** endpoint that need to be called on a site content.`), and then print an example request.
The line is the writer's statement of the operation; the example is a copy of a console session and may carry a
flag left over from another request (`curl -X POST http://host/sites-list` under `**GET**`). When the section
states one method that way and shows one request, the stated method wins.

Zope and Plone serve named services (`@vote`, `@@download`) traversed on a content object: the segment before the
`@name` is the object the call is made on. A sentence saying the service is "called on a content" or "call it
on a document" (an indefinite article: any object of that kind) makes the concrete segment the example request
shows there (`/site/front-page/@vote`) one example value of that kind, so the route takes a placeholder named by
the kind (`/site/{content}/@vote`). A sentence naming one object ("on the site root", "on the context where ...")
states no kind, and the request is kept as written; so is a service requested on the site itself (no segment
between the site and the `@name`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .requests import METHODS

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_METHOD_LINE = re.compile(r"\*\*(?P<method>" + "|".join(METHODS) + r")\*\*(?:\s+(?![`*]*/).*)?$", re.S)
"""`**GET**` alone, or `**POST** endpoint that ...`: a line opening with a method in bold, no path after it."""

CALLED_ON = re.compile(
    r"\bcall(?:ed|s)?\b[^.;:]*?\bon an? (?:[a-z]+ )?(?P<kind>[a-z]+)"
    r"(?=\s*(?:[.,;:(]|$|\b(?:to|with|where|that|and)\b))",
    re.S,
)
""""need to be called on a site content.", "call it on a document to ...": the kind of object it is called on."""

_SERVICE = re.compile(r"@@?[A-Za-z_][\w.-]*")


def _requests(found: list[Mention]) -> list[Mention]:
    return [m for m in found if m.kind in ("curl", "http")]


def stated_calls(doc: Document, mentions: list[list[Mention]]) -> None:
    """A bold method line's method and a 'called on a <kind>' sentence's kind, for the section's one request."""
    for section, found in zip(doc.sections, mentions, strict=True):
        requests = _requests(found)
        if len(requests) != 1:
            continue
        texts = [block.text.strip() for block in section.blocks if block.kind == "text"]
        stated = {match["method"] for text in texts if (match := _METHOD_LINE.match(text))}
        if len(stated) == 1:
            requests[0].method = next(iter(stated))
        kinds = {match["kind"] for text in texts for match in CALLED_ON.finditer(text)}
        if len(kinds) != 1:
            continue
        segments = requests[0].target.path.split("/")
        for at in range(2, len(segments) - 1):
            segment = segments[at]
            if (
                segment
                and "{" not in segment
                and not segment.startswith(("@", "+"))
                and _SERVICE.fullmatch(segments[at + 1])
            ):
                segments[at] = "{" + next(iter(kinds)) + "}"
        requests[0].target.path = "/".join(segments)
