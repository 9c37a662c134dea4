"""A label line naming a request's parameters in code, as a paragraph of its own: "*Body parameters*:
`msatoshi`, `currency`, `description` and `expiry`.", "**Query parameters:** `limit`, `offset`". The label
says where they go (body, query, header; "Parameters" alone: not said); the sentences after it describe them,
and may leave some undescribed, so the line is the list. Whether each is needed is not said.

The same label may close or sit inside an endpoint's one-line description, as a sentence of its own: "GET
`/files` - Returns a file. Parameters: `url`, `fname`, `folder`" (the list ends the text or its sentence).

A label that says outright it lists parameters ("Parameters", "Query params", "Arguments") may name them bare,
each perhaps with a note in parentheses: "**Parameters:** limit (max 100), offset". Such a paragraph is a list of
names as the coded one is, when it holds nothing else: lower-case identifiers joined by commas, "and", "or", two or
more of them or one with an underscore (so "Parameters: none" or a sentence after the label gives nothing)."""

from __future__ import annotations

import re

from .blocks import Where
from .params import Param, context_location

_NAME = r"`[A-Za-z_$][\w$.-]*(?:\[\])?`"
_LINE = re.compile(
    rf"^\s*[*_]{{0,2}}(?P<label>[A-Z][A-Za-z]*(?: [A-Za-z]+){{0,3}})\s*(?::[*_]{{0,2}}|[*_]{{0,2}}:)\s*"
    rf"(?P<names>{_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_NAME})*)\s*\.?\s*$"
)


_BARE = r"[a-z][a-z0-9_]*(?:\s*\([^()]{1,40}\))?"
_BARE_LINE = re.compile(
    rf"^\s*[*_]{{0,2}}(?P<label>(?:[A-Z][a-z]+ )?(?:[Pp]aram(?:eter)?s|[Aa]rguments))\s*"
    rf"(?::[*_]{{0,2}}|[*_]{{0,2}}:)\s*"
    rf"(?P<names>{_BARE}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_BARE})*)\s*\.?\s*$"
)
_NOT_NAMES = frozenset(("none", "no", "nothing", "optional", "required", "see", "below", "above", "n"))


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
    bare = _BARE_LINE.match(text) if match is None else None
    if bare is not None:
        unnoted = re.sub(r"\([^()]*\)", "", bare["names"])
        names = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", unnoted)
        names = [name.strip() for name in names if name.strip()]
        if any(name in _NOT_NAMES for name in names) or not (len(names) > 1 or "_" in names[0]):
            return []
        location = context_location([bare["label"]])
        if location is None or location == "response":
            return []
        return [Param(name, location, where, origin="list") for name in dict.fromkeys(names)]
    location = context_location([match["label"]]) if match else None
    if match is None or location is None or location == "response":
        return []
    names = re.findall(r"`([^`]+)`", match["names"])
    return [Param(name.removesuffix("[]"), location, where, origin="list") for name in dict.fromkeys(names)]
