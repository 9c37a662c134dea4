"""The object a named service is called on, shown by an example name the prose defines as that object.

Zope and Plone serve named services (`@submit`, `@@download`) traversed on a content object: the segment before
the `@name` is the object the call is made on. A document may print its example request on an object it named
for the example and say so in the list after it:

    curl -i -X POST http://localhost:8080/site/my-poll/@vote --data-raw '{"vote": "1"}'

    where:

    - ``my-poll`` is the context where the poll is stored
    - ``vote`` is the chosen answer

The segment before the service is emphasised by itself and defined as "the context" (or the object, content,
folder, item or document) of the call: it stands for whichever object the caller has, so it is the placeholder
`{my-poll}`, a required path parameter, and not a body field. Elsewhere in the document the same example object
in the same position is the same placeholder (`service_contexts.py` then fills it in). A defined word that is
not the segment before a service (`vote`) stays what it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_DEFINED = re.compile(
    r"(?:\*\*|``|`)(?P<name>[A-Za-z][\w.-]*)(?:\*\*|``|`)\s+is\s+the\s+"
    r"(?:context|object|content|content object|folder|item|document)\b"
)
_SERVICE = re.compile(r"@@?[A-Za-z_][\w.-]*")


def context_terms(doc: Document, mentions: list[list[Mention]]) -> None:
    """Example objects before a named service that the section defines as the call's context become placeholders."""
    for section, found in zip(doc.sections, mentions, strict=True):
        named = {
            match["name"]
            for block in section.blocks
            if block.kind in ("text", "list")
            for match in _DEFINED.finditer(block.text + "\n" + "\n".join(" ".join(item) for item in block.items))
        }
        if not named:
            continue
        for m in found:
            if m.kind not in ("curl", "http"):
                continue
            segments = m.target.path.split("/")
            for at in range(1, len(segments) - 1):
                if segments[at] in named and _SERVICE.fullmatch(segments[at + 1]):
                    segments[at] = "{" + segments[at] + "}"
            m.target.path = "/".join(segments)
