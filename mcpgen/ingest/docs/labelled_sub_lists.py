"""Parameters an endpoint's item in a route list nests two deep: a sub-item that is only a label naming
parameters, over sub-sub-items that each give one name in code and a description:

    * `GET|POST /login`: Issues a session cookie
      - Supported URL parameters:
        + `goto`: Redirect to this URL
      - Required body or URL parameters:
        + `username`: Username
        + `password`: Password
      - Response codes:
        + `200 OK`: Authentication successful
    * `POST /cache/{name}`: Save the content
      - Supported URL parameters and formats are the same as for `POST /echo`

A reference layout writes each endpoint as a list item (one item may join several methods with `|`, `,` or `/`:
each is its own request) and groups what the request takes under labelled sub-items, a label alone on its line
ending with a colon. A label naming parameters says where they go: "URL parameters" are the query string's (a name
the path holds is its placeholder and is already known), "body parameters" the body's, "body or URL parameters"
the body for a method that sends one and the query for one that does not; a label opening with "Required" marks
all of its names required, else a "(required)" in a description marks its own. A sub-item saying its parameters are
"the same as for" another item's request line (in code) takes that item's parameters. Labels that name no request
parameters ("Response codes:", "Notes:", "Supported formats:") and sub-sub-items that are no code name then a
description are left alone."""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param, required_from, valid_name
from .requests import METHODS, split_target

_ONE = f"(?:{'|'.join(METHODS)})"
_LEAD = re.compile(rf"^[`*_\s]*(?P<methods>{_ONE}(?:\s*[|,/]\s*{_ONE})*)\s+(?P<target>/[^\s`*]*)[`*_]*")
"""The request line an item opens with, its methods perhaps joined (`GET|POST /login`)."""
_LABEL = re.compile(
    r"(?i)^[*_]*(?P<label>(?P<required>required\s+|mandatory\s+)?(?:(?:supported|accepted|optional|available)\s+)?"
    r"(?P<where>url|query|body|form|request|body\s+or\s+url|url\s+or\s+body)\s+param(?:eter)?s)\b"
    r"(?:\s*\([^()]*\))?[*_]*\s*:\s*$"
)
"""A sub-item that only labels the parameters under it ("Supported URL parameters:", "Required body or URL
parameters (unless ...):")."""
_SAME_AS = re.compile(
    r"(?i)^(?:(?:supported|accepted|required)\s+)?(?:url|query|body|request)?\s*param(?:eter)?s\b[^:]*?\bsame\s+as\s+"
    rf"(?:for\s+|in\s+|of\s+)?`(?P<method>{_ONE})\s+(?P<target>/[^\s`]*)`"
)
"""A sub-item saying the parameters are another request's ("... parameters ... are the same as for `POST /echo`")."""
_NAMED = re.compile(r"^[*_]*`(?P<name>[A-Za-z_][\w.\-\[\]]*)`[*_]*\s*(?:[:\u2013\u2014-]\s*|\s+)(?P<text>\S.*)$")


def labelled_sub_list_params(block: Block) -> list[tuple[str, str, list[Param]]]:
    """(method, raw target, parameters) for each request of each top-level item of `block` (see the module)."""
    found: list[tuple[str, str, list[Param]]] = []
    stated: dict[tuple[str, str], list[Param]] = {}
    references: list[tuple[str, str, str, str]] = []
    for index, (term, text) in enumerate(block.items):
        lead = _LEAD.match(text) if not term else None
        if lead is None:
            continue
        methods = [m.upper() for m in re.split(r"\s*[|,/]\s*", lead["methods"])]
        target = lead["target"]
        holes = {name.lower() for name in re.findall(r"\{([^{}]+)\}", split_target(target).path)}
        per_method: dict[str, list[Param]] = {method: [] for method in methods}
        label: re.Match[str] | None = None
        for sub_term, sub_text in block.items[index + 1 :]:
            if not sub_term:
                break
            if len(sub_term) == 1:
                label = _LABEL.match(sub_text.strip())
                if (same := _SAME_AS.match(sub_text.strip())) is not None:
                    references.extend((method, target, same["method"].upper(), same["target"]) for method in methods)
                continue
            named = _NAMED.match(sub_text.strip()) if label is not None and len(sub_term) == 2 else None
            if label is None or named is None or not valid_name(named["name"]):
                continue
            if named["name"].lower() in holes:
                continue
            required = True if label["required"] else required_from(named["text"])
            for method in methods:
                location = _location(label["where"], method)
                per_method[method].append(Param(named["name"], location, block.where, required, origin="list"))
        for method, params in per_method.items():
            stated[(method, target)] = params
            if params:
                found.append((method, target, params))
    for method, target, other_method, other_target in references:
        taken = [_copy(p, block) for p in stated.get((other_method, other_target), [])]
        if taken and not stated.get((method, target)):
            found.append((method, target, taken))
    return found


def _location(where: str, method: str) -> str:
    words = where.lower().split()
    if words in (["body"], ["form"]):
        return "body"
    if len(words) > 1 or words == ["request"]:  # "body or URL", "request": a sending request's body, else the query
        return "body" if method in ("POST", "PUT", "PATCH") else "query"
    return "query"


def _copy(param: Param, block: Block) -> Param:
    return Param(param.name, param.location, block.where, param.required, origin="list")
