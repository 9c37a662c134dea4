"""A request body given as the set of its keys in braces: "the buyer says something of it:
`{"code", "reasons", "actions", "note", "force"}`", "how the buyer behaves: `{"answers": ...}`".

A description of a request that carries a body (a route table's cell, a route's note) may write the body as the
keys it takes and no values: quoted names in braces separated by commas, or names each followed by an ellipsis for
its value. No JSON has a key without a value, so it is no example request: it is the shape of the body, and
each key is a field of it (nothing is said of need). Only a shape that the text introduces with a colon, or that
opens it, is the request's own: one a sentence says something *is* ("The buyer is `{"name", "country"}`", "a
reason is a code, or `{"code", "text"}`") is the shape of a member of the body, and one after "answers" or
"returns" is what comes back."""

from __future__ import annotations

import re

_SHAPE = re.compile(r"`\{(?P<body>[^{}`]*)\}`")
_KEY = re.compile(r"\s*(?P<quote>[\"'])(?P<name>[A-Za-z_][\w.-]*)(?P=quote)\s*(?P<value>:\s*(?:\.\.\.|\u2026)\s*)?")
_LEAD = re.compile(r"(?:^|:)\s*$")
_ANSWERED = re.compile(r"(?i)\b(?:returns?|answers?|responds?|replies|response|reply)\b[^.:;]*:?\s*$")


def key_list_fields(text: str) -> list[str]:
    """The keys of every body a description writes as its keys alone (see the module docstring), once each."""
    names: dict[str, None] = {}
    for match in _SHAPE.finditer(text):
        before = text[: match.start()]
        if not _LEAD.search(before) or _ANSWERED.search(before[-80:]):
            continue
        entries = [e for e in match["body"].split(",") if e.strip() not in ("", "...", "\u2026")]
        keys = [_KEY.fullmatch(e) for e in entries]
        if not keys or not all(keys):
            continue
        for key in keys:
            if key is not None:
                names.setdefault(key["name"], None)
    return list(names)
