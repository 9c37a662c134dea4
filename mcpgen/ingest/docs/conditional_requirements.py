"""Sentences that say a parameter is required only in some case, not for every request:

    For resizing, either the ``w`` or ``h`` parameter is required.
    For region sub-selection, ``rect`` is required. For rotating, ``deg`` is required.
    ``client`` is required only if the ``client_name`` is defined within the configuration file.

One request form often serves several operations or settings; the page then says what each of them needs. A
requirement scoped by an opening clause ("For resizing, ...", "If a signature is configured, ...", "When
rotating, ..."), one limited by what follows the verb ("... is required only if ...", "... when ...", "...
unless ..."), and one that asks for either of two names ("either `w` or `h` is required", "one of `a` and `b`")
all leave the request valid without the parameter in the other cases: none of them makes it required (it stays
optional, as the parameter lists state it). A clause that only names the request itself ("For this endpoint,
...", "For all requests, ...", "For POST requests, ...", "When creating a user, ...") scopes nothing: the
requirement stands.
"""

from __future__ import annotations

import re

from .requests import METHODS

_WRITING = ("creating", "adding", "registering", "updating", "editing", "modifying", "replacing", "deleting",
            "removing", "posting", "submitting", "uploading", "sending", "calling", "requesting")  # fmt: skip
"""What a request does, named in a clause ("When creating a user, `name` is required"): the request itself."""
_LIMITED_AFTER = re.compile(r"\s*,?\s*(?:only\s+)?(?:if|when|whenever|unless|in\s+case)\b", re.I)
_EITHER_BEFORE = re.compile(r"\b(?:either|one\s+of)\s+(?:the\s+)?$", re.I)
_OPENER = re.compile(
    r"(?:^|(?<=[.;!?:])\s+|\n)(?P<clause>(?:For|If|When|Whenever|Unless)\b[^.;!?:,]{1,80}),\s+[^.;!?]*$"
)
_THE_REQUEST = re.compile(
    rf"\b(?:this|these|all|each|every|any|both|endpoints?|requests?|routes?|calls?|operations?|methods?|"
    rf"{'|'.join(METHODS)}|{'|'.join(_WRITING)})\b",
    re.I,
)


def conditional(text: str, run_start: int, verb_end: int) -> bool:
    """The requirement whose names start at `run_start` and whose verb ("is required") ends at `verb_end` in
    `text` holds only in some case, or for one of several names (see the module)."""
    if _LIMITED_AFTER.match(text, verb_end):
        return True
    if _EITHER_BEFORE.search(text[max(0, run_start - 20) : run_start]):
        return True
    opener = _OPENER.search(text[max(0, run_start - 200) : run_start])
    return opener is not None and not _THE_REQUEST.search(opener["clause"])
