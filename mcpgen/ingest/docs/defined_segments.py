"""A literal item-name segment in an example request that the prose beside it defines.

An example request may be printed with the name of the value still in its path, the writer explaining it in a
sentence after it:

    curl -i -X PATCH http://localhost:8080/site/@subscriptions/subscription_id --data-raw '{"name": "John"}'

    Where **subscription_id** is the id of the subscriber to update.

The segment is written as an identifier of one item (`subscription_id`, `userId`, `order_uuid`, `api_key`: a name
ending in id, uuid or key) and the section's prose emphasises that very name by itself (bold or inline code), as
a term it explains: the segment is the value to fill in, so a placeholder, not a resource named
`subscription_id`. A segment the prose does not single out, or an emphasised word that names no item (`search`,
`export`), stays literal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_EMPHASISED = re.compile(r"\*\*(?P<bold>[A-Za-z_][\w.-]*)\*\*|`(?P<code>[A-Za-z_][\w.-]*)`")
_ITEM_NAME = re.compile(r"(?:[A-Za-z][A-Za-z0-9]*[_-])+(?:id|uid|uuid|key)|[a-z][a-z0-9]*(?:Id|ID|Uuid|UUID|Key)")
"""`subscription_id`, `order-uuid`, `api_key`, `userId`: the name of one item's identifier."""


def defined_segments(doc: Document, mentions: list[list[Mention]]) -> None:
    """Example requests' literal item-name segments their section's prose defines become placeholders."""
    for section, found in zip(doc.sections, mentions, strict=True):
        words = {
            match["bold"] or match["code"]
            for block in section.blocks
            if block.kind == "text"
            for match in _EMPHASISED.finditer(block.text)
        }
        named = {word for word in words if _ITEM_NAME.fullmatch(word)}
        if not named:
            continue
        for m in found:
            if m.kind not in ("curl", "http"):
                continue
            segments = m.target.path.split("/")
            if any(segment in named for segment in segments[2:]):
                m.target.path = "/".join(
                    "{" + s + "}" if at >= 2 and s in named else s for at, s in enumerate(segments)
                )
