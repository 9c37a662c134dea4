"""Where a section shows, in words, what its request gets back: a sentence opening with the response ("The
response is `text/event-stream` ...:" over the stream's code, "Replies `{"delivered": true}`").

A paragraph opening with a response label ("**Response:** same shape as GET, ...", "Response:" over its
code, "**Response `201`:**" naming its status) is such a place too: the section names its answer under that label.

A JSON example the section shows before that, with no label of its own, is then the request: the section has
already said which of its examples is the answer.
"""

from __future__ import annotations

import re

from .blocks import Section

_ANSWER = re.compile(
    r"(?:^|[.!?;]\s+)(?:the (?:response|reply|answer)(?: body)? (?:is|will be)|(?:it )?(?:replies|responds|answers))"
    r"\b(?P<rest>[^.!?]*)",
    re.I,
)

_RESPONSE_LABEL = re.compile(r"^[*_\s]*(?:the\s+)?(?:response|reply)(?:\s+body)?(?:\s+`?[1-5]\d\d`?)?[*_\s]*:", re.I)
"""A response label, with the status it is for too: "**Response:**", "**Response `201`:**"."""


def answer_shown_at(section: Section) -> int | None:
    """The index of the first text block of `section` whose sentence opening with the response shows it: an
    object in inline code (`{"delivered": true}`), or a colon leading into the code block right after it."""
    for index, block in enumerate(section.blocks):
        if block.kind != "text":
            continue
        if _RESPONSE_LABEL.match(block.text):  # "**Response:** same shape as GET": the answer's own label
            return index
        following = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
        leads = block.text.rstrip().endswith(":") and following is not None and following.kind == "code"
        for match in _ANSWER.finditer(block.text):
            if "`{" in match["rest"] or (leads and block.text.rstrip().endswith(match["rest"].rstrip())):
                return index
    return None
