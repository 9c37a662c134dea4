"""A request header offered as a choice of values, one bullet each: "- `Accept: application/json` (default) —
blocks and returns the result", "- `Accept: text/event-stream` — streams events".

A list whose items open with the same header written as a request sends it (`Name: value` in code), each item
saying what that value makes the server do, documents the header as an input of the request: the caller picks
one of the values. Two or more items naming the same header are what make it a choice rather than a header line
quoted in passing; none is said to be needed (one is usually the default), so it is optional. `Content-Type`
is left out (the body's media type says it) and so are credentials."""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param

_HEADER_ITEM = re.compile(r"^\s*`(?P<name>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*:\s*[^`\s][^`]*`")
_LEFT_OUT = {"content-type", "authorization", "cookie"}


def header_choices(block: Block) -> list[Param]:
    """The request headers a list offers as a choice of values, each once, optional."""
    if block.kind != "list":
        return []
    names = [m["name"] for _, text in block.items if (m := _HEADER_ITEM.match(text))]
    counts: dict[str, int] = {}
    for name in names:
        counts[name.lower()] = counts.get(name.lower(), 0) + 1
    chosen = dict.fromkeys(n for n in names if counts[n.lower()] >= 2 and n.lower() not in _LEFT_OUT)
    return [Param(name, "header", block.where, False, origin="header choices") for name in chosen]
