"""Request fields a list states under a "request" item, as names in code after a label:

    * **request**
        * data:
            `{{ User.USERNAME_FIELD }}`
            `password`
    * **response**
        * data: ...

The sub-item of the request item labelled data, body, fields or parameters lists the names the request sends (a
template expression in their place, `{{ User.USERNAME_FIELD }}`, names none; a remark in brackets after a name,
"(if `SET_PASSWORD_RETYPE` is `True`)", is no name); what the response item lists comes back."""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param, clean_name, valid_name

_PART = re.compile(r"(?i)^[*_`\s]*(?P<part>request|response|reply|result|returns?|output)(?:\s+body)?[*_`\s]*:?\s*$")
_NAMES = re.compile(r"(?i)^\s*(?:data|body|fields|param(?:eter)?s|payload|form)\s*:\s*(?P<names>(?:`[^`]+`\s*)+)$")


_LABEL = re.compile(
    r"(?i)^[*_`\s]*(?P<label>payload|(?:request\s+)?body|data|form(?:\s+data)?|(?:query\s+|request\s+|url\s+)?"
    r"param(?:eter)?s|query(?:\s+string)?|arguments)[*_`\s]*:?\s*$"
)
"""A top-level item that labels what its sub-items are: "Payload", "Parameters", "Query parameters"."""


def request_item_params(block: Block) -> list[Param]:
    """The names a list's "request" item's `data:` sub-item lists (see the module), and the sub-items of an item
    labelling them ("- Payload" over "- email (required)")."""
    found: list[Param] = []
    requesting = False
    labelled = ""
    for term, text in block.items:
        part = _PART.match(text)
        if not term:  # a top-level item: a part of the exchange, a label, or something else
            requesting = part is not None and part["part"].lower() == "request"
            label = _LABEL.match(text)
            labelled = label["label"].lower() if label else ""
            continue
        if labelled and term == " ":
            name, required = clean_name(text)
            location = (
                "query" if "query" in labelled else "" if "param" in labelled or "argument" in labelled else "body"
            )
            if valid_name(name):
                found.append(Param(name, location, block.where, required, origin="list"))
            continue
        names = _NAMES.match(re.sub(r"\s*\([^()]*\)", "", text)) if requesting else None  # "(if `X` is `True`)"
        coded = [n.strip() for n in re.findall(r"`([^`]+)`", names["names"])] if names else []
        found.extend(Param(name, "", block.where, None, origin="list") for name in coded if valid_name(name))
    return found
