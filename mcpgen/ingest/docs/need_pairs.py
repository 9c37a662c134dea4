"""A request's parameters sorted under two bare words, "Required" and "Optional", each a paragraph over its list:

    **POST /{record-url}/attachment**

    Required

    - ``attachment``: a single multipart-encoded file

    Optional

    - ``data``: attributes to set on record (serialized JSON)
    - ``permissions``: permissions to set on record (serialized JSON)

The two words together sort what the operation takes into what it must and what it may carry, so each list under
them names parameters, however short (one item is a parameter too, where a list of a single `name`: item under no
label saying so is read as prose), and its word says whether they are needed. One such word alone says less: an
"Optional" over a list may as well mark the members of an answer that can be missing. So a section is read so only
where it writes both words, each alone (with a colon or emphasis at most: "**Required**", "Mandatory:"), each
right over a list.
"""

from __future__ import annotations

import re

from .blocks import Section

_NEED_WORD = re.compile(r"^[\W_]*(?:(?P<required>required|mandatory)|optional)[\W_]*$", re.I)


def need_word(text: str) -> re.Match[str] | None:
    """The match of a paragraph that is only "Required", "Mandatory" or "Optional" (its `required` group set for the
    first two), else None."""
    return _NEED_WORD.fullmatch(text.strip())


def sorted_by_need(section: Section) -> bool:
    """Whether `section` sorts lists under a bare "Required" (or "Mandatory") paragraph and a bare "Optional" one."""
    words = set()
    for block, after in zip(section.blocks, section.blocks[1:], strict=False):
        if block.kind == "text" and after.kind == "list" and (match := need_word(block.text)):
            words.add(match["required"] is not None)
    return words == {True, False}
