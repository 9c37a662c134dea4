"""A number in an example request's path right after a segment that names an id (`curl -X PUT http://host/id/1`,
`GET .../thread_id/42`): the path spells the key and then its value, so the number is that key's placeholder
(`/id/{id}`, `/thread_id/{thread_id}`), though no template is stated anywhere.

A reader takes `/id/1` as "the id, 1": the segment before the number says what the number is. Read only in
concrete example requests (a curl command, a raw request) and only where the segment before is an id's name
(`id`, `uid`, `ids`, or a word ending in `_id`, `-id` or `Id`); a number after any other word (`/posts/1`) is left
to the rules that look for its collection route, and a word after an id's name (`/id/latest`) is a route of its
own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention

_ID_NAME = re.compile(r"u?ids?|[A-Za-z][A-Za-z0-9]*(?:[_-]ids?|Ids?)")
_NUMBER = re.compile(r"\d+")


def keyed_numbers(mentions: list[list[Mention]]) -> None:
    """Make each number after an id's name in an example request's path that id's placeholder (see the module)."""
    for m in (m for found in mentions for m in found if m.kind in ("curl", "http")):
        segments = m.target.path.split("/")
        for i in range(2, len(segments)):
            if _NUMBER.fullmatch(segments[i]) and _ID_NAME.fullmatch(segments[i - 1]):
                segments[i] = "{" + segments[i - 1].replace("-", "_") + "}"
        m.target.path = "/".join(segments)
