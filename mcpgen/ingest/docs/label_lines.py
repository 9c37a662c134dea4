"""A label line naming a request's parameters in code, as a paragraph of its own: "*Body parameters*:
`msatoshi`, `currency`, `description` and `expiry`.", "**Query parameters:** `limit`, `offset`". The label
says where they go (body, query, header; "Parameters" alone: not said); the sentences after it describe them,
and may leave some undescribed, so the line is the list. Whether each is needed is not said.

The same label may close or sit inside an endpoint's one-line description, as a sentence of its own: "GET
`/files` - Returns a file. Parameters: `url`, `fname`, `folder`" (the list ends the text or its sentence)."""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param, context_location

_NAME = r"`[A-Za-z_$][\w$.-]*(?:\[\])?`"
_LINE = re.compile(
    rf"^\s*[*_]{{0,2}}(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){{0,3}})\s*(?::[*_]{{0,2}}|[*_]{{0,2}}:)\s*"
    rf"(?P<names>{_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_NAME})*)\s*\.?\s*$"
)


_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\s[-\u2013\u2014]\s))(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){{0,2}})\s*:\s*"
    rf"(?P<names>{_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_NAME})*)\s*(?:\.(?=\s|$)|$)"
)


def label_sentence_params(text: str, where: Where) -> list[Param]:
    """The parameters label sentences inside running text name ("... folder. Parameters: `url`, `cmd`. If ...")."""
    found: list[Param] = []
    for match in _SENTENCE.finditer(" ".join(text.split())):
        location = context_location([match["label"]])
        if location is None or location == "response":
            continue
        names = dict.fromkeys(re.findall(r"`([^`]+)`", match["names"]))
        found.extend(Param(name.removesuffix("[]"), location, where, origin="list") for name in names)
    return found


def label_line_params(text: str, where: Where) -> list[Param]:
    """The parameters a paragraph that is such a label line names; [] for any other paragraph."""
    match = _LINE.match(text)
    location = context_location([match["label"]]) if match else None
    if match is None or location is None or location == "response":
        return []
    names = re.findall(r"`([^`]+)`", match["names"])
    return [Param(name.removesuffix("[]"), location, where, origin="list") for name in dict.fromkeys(names)]
