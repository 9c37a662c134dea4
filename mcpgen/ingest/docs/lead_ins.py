"""Sentences that introduce the list after them as parameters: "... and is paginated with these query string
fields:", "Request body: JSON dictionary with at least these keys:". Too long to be a label, they end in a colon,
and their last clause says what the list holds. A paragraph opening "Responds with ..." introduces the response's
keys instead."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Section
from .params import context_location

_CLAUSE_END = re.compile(r"(?<=[.!?])\s+|(?<=\w):\s+(?=[A-Z])")
_CAPTION = re.compile(r"(?i)\W*(?:an? )?(?:example|sample)s?\b[^.:]{0,60}")
"""A caption naming the example after it, without a colon: "Example of a successful response"."""
_AT_LEAST = re.compile(r"(?i)\bat least (?:these|the following)\b")
""""with at least these keys:": the items are required."""
_MUST_CONTAIN = re.compile(
    r"(?i)\b(?:must|shall|should)\s+(?:be\s+(?:an?\s+)?(?:json|object|dictionary|map)(?:\s+object)?\s+)?"
    r"(?:contain|containing|include|including|have|having|with)\b[^.:]{0,30}:\s*$"
)
""""POST body should be json containing:", "The body must include:": what the body is said to hold, each item of
the list after it a part it cannot go without (an item the list marks optional keeps its own mark)."""
_ARE_REQUIRED = re.compile(
    r"(?i)\bthe following\s+(?:[\w-]+\s+){0,2}(?:parameters|fields|keys|arguments|properties)\s+are\s+"
    r"(?:required|mandatory)\b[^.:]{0,60}:\s*$"
)
""""The following parameters are required in the JSON body of the request:": each item after it is required."""
_FOLLOWING = re.compile(r"(?i)\b(?:the\s+following|these)(?:\s+[\w-]+){1,2}$")
""""`PUT /tags/{tag}` with the following payload": a sentence that ends pointing at what follows, with no colon."""
_ANSWERED = re.compile(r"(?i)^\W*(?:it\s+|this\s+(?:endpoint|route|call)\s+)?(?:responds|replies|answers)\s+with\b")
"""A paragraph opening "Responds with an object of the properties of ...": the list after it is of the response."""


def lead_in(text: str) -> str:
    """The clause of a sentence ending in a colon (or in "the following payload") that names what the list after
    it holds (a location, or parameters, fields, keys), or ""."""
    stripped = text.strip()
    if _ANSWERED.match(stripped):
        return "Response"  # (what the endpoint answers with, then the keys of that answer)
    if _CAPTION.fullmatch(stripped):
        return stripped  # "Example of a successful response" over its example
    if not stripped.endswith(":") and not _FOLLOWING.search(stripped):
        return ""
    stripped = stripped if stripped.endswith(":") else f"{stripped}:"
    opening = stripped.split(":", 1)[0]
    if len(opening) < 40 and context_location([opening]) == "response":
        return ""  # "Response body: JSON dictionary. If ..., body will contain the following keys:"
    clause = _CLAUSE_END.split(stripped)[-1]
    if context_location([clause]) in (None, "response"):
        return ""
    # ("Request body: JSON dictionary with keys:": the label before the clause says where they go)
    before = stripped[: len(stripped) - len(clause)].rstrip()
    label = before.rsplit(". ", 1)[-1] if before.endswith(":") else ""
    return f"{label} {clause}".strip()


def required_by_lead_in(label: str) -> bool | None:
    return True if _AT_LEAST.search(label) or _MUST_CONTAIN.search(label) or _ARE_REQUIRED.search(label) else None


def answering_after(text: str, label: str, answering: bool) -> bool:
    """Whether a section is describing the response after a paragraph: a label about the response, or a
    paragraph opening with one ("Response body: a JSON list."), starts that; one naming a part of the request
    ends it; others ("these keys:") leave it as it was."""
    kind = context_location([label]) if label else None
    opening = text.strip().split(":", 1)[0]
    if kind in (None, "") and ":" in text and len(opening) < 40:
        kind = context_location([opening])
    return answering if kind in (None, "") else kind == "response"


_DESCRIBED = re.compile(
    r"^(?P<name>`[A-Za-z_][\w.-]*`|\*\*[A-Za-z_][\w.-]*\*\*)\s+(?=[^\s:\-\u2013\u2014(=.*])(?!(?:(?:or|and)\s+|&\s*)[`*])"
)
"""`` `marker` the UUID ``, `**start** a start date` (a name in code or in bold, as lists of parameters print it);
not "`card` or `iban` - text" (or "`limit` & `offset`: text"): names joined, one separator after them,
`alternatives.py`."""


def described_items(block: Block) -> Block:
    """A labelled list's top-level items that are a `code` or **bold** name then its description with no separator
    (`` `marker` the UUID of the last node``) get one, so they read as parameters; nested items (the members
    of the one before) are left as they are."""
    items = tuple((term, text if term else _DESCRIBED.sub(r"\g<name>: ", text.strip())) for term, text in block.items)
    return replace(block, items=items)


_BODY_AHEAD = re.compile(r"(?i)\b(?:the body of the request|the request(?:'s)? body)\b")


def body_ahead(section: Section) -> bool:
    """A section that ends saying what the request body holds, with no example of it ("The body of the
    request bears the action and parameters"): the body examples are in the sections that continue it."""
    last = section.blocks[-1] if section.blocks else None
    return last is not None and last.kind == "text" and bool(_BODY_AHEAD.search(last.text))
