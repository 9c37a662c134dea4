"""Parameters nested under an endpoint's item in a route list: ``POST /v1/rules`` create a rule. Request body:
JSON dictionary with keys:`, then sub-items `` `conditions` rule conditions ``, `` `uuid` (optional) rule UUID ``."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .labelled_sub_lists import labelled_sub_list_params
from .lead_ins import described_items
from .nested_routes import labelled_fields
from .params import Param, context_location, from_list
from .requests import request_lines
from .suffixed_methods import suffixed_fields

_COLON_CLAUSE = re.compile(r"(?P<clause>[^.:]*):(?=\s|$)")
_CODED_ITEM = re.compile(r"`[A-Za-z_][\w.-]*`\s")


def params_under_items(block: Block) -> list[tuple[str, str, list[Param]]]:
    """(method, raw target, parameters) for each top-level item that opens with a request line and whose first
    label ("Request body:", "Query parameters:") names request parameters, its parameters the first run of
    sub-items that are a `code` name and a description. Some marked optional, the others are required. Then those
    of items, at any depth, over sub-items labelling the fields they take ("**Requires**: `new`"), and those of
    sub-items that only label parameters over sub-sub-items naming them (`labelled_sub_lists`)."""
    found = []
    for index, (term, text) in enumerate(block.items):
        lines = request_lines(text)
        if term or not lines or lines[0][0] != 0 or not text.lstrip("`*[ ").startswith(lines[0][1]):
            continue
        _, method, raw = lines[0]
        label = _COLON_CLAUSE.search(text.split(raw, 1)[1])
        location = context_location([label["clause"]]) if label else None
        if location is None or location == "response":
            continue
        run: list[tuple[str, str]] = []
        for sub_term, sub_text in block.items[index + 1 :]:
            if not sub_term:
                break
            if _CODED_ITEM.match(sub_text.strip() + " "):
                run.append(("", sub_text))
            elif run:
                break
        params = from_list(described_items(replace(block, items=tuple(run))), location, labelled=True) if run else []
        if any(p.required is False for p in params):
            for param in params:
                param.required = True if param.required is None else param.required
        if params:
            found.append((method, raw, params))
    found += labelled_fields(block) + suffixed_fields(block)  # `- /api/login/ (POST)` over `- username`
    return found + labelled_sub_list_params(block)  # `- Supported URL parameters:` over `+ `goto`: ...`
