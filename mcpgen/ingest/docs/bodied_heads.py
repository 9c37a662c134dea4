"""A request line stated with its body in the same block, among operations each opened by a block that is only
its request line.

A list of operations often gives each one a literal block of its own: `GET /v2/things?scope=<scope>` alone, and,
for the operations that send something, the request line, a blank line and the body
(`POST /v2/things?scope=<scope>`, then `<Thing YAML text>` or a JSON object). The block with a body opens its
operation just as a lone request line does: it states a sibling route, not an example request inside the operation
stated above it. `split_at_request_lines` (layouts.py) opens a section at it too, keeping the block (its body) in
that section.

The body may also follow the request line with no blank line between (`POST /posts/`, then `{` on the next line):
a JSON object or array opening right under the request line is a body, never a header or a second request line,
so the block reads the same way. It may even open on the request line itself, as a console shows a request typed
in one go (`POST /db/container/users {`, then the keys, then `}` closing it on a line of its own): the block is
that request line and its JSON body, read the same way. A line that goes on after the path with anything else
(`GET /x HTTP/1.1`, `POST /x {"a": 1}` closed on the same line) is no such opening."""

from __future__ import annotations

import re

from .blocks import Block
from .requests import REQUEST_LINE

_JSON_OPENING = re.compile(r"\s*[\[{]\s*(?:\"|$)")
"""A line opening a JSON object or array (`{`, `[`, `{"data": ...`)."""


def bodied_request_line(block: Block) -> bool:
    """A code block made of one request line with nothing after it on its line (no `HTTP/1.1`, no headers), a
    blank line, then a body (or, with no blank line, a JSON body opening on the next line)."""
    if block.kind != "code":
        return False
    lines = block.text.strip("\n").splitlines()
    first = lines[0].strip() if lines else ""
    opened = REQUEST_LINE.match(first)
    if (
        opened
        and len(lines) >= 3
        and re.fullmatch(r"\s*[\[{]\s*", first[opened.end() :])
        and re.match(r"\s*[\]}]", lines[-1])
        and not re.match(r"\s*[\]}]", lines[1])
    ):  # `POST /x {` ... `}`: the request line, then its body
        lines = [first[: opened.end()].rstrip(), "", first[opened.end() :].strip(), *lines[1:]]
    if len(lines) >= 3 and _JSON_OPENING.match(lines[1]):
        lines = [lines[0], "", *lines[1:]]  # a JSON body right under the request line
    if len(lines) < 3 or lines[1].strip():
        return False
    match = REQUEST_LINE.match(lines[0].strip())
    if match is None or match.end() != len(lines[0].strip()):
        return False
    rest = [line for line in lines[2:] if line.strip()]
    return bool(rest) and not any(REQUEST_LINE.match(line.strip()) for line in rest) and not re.match(r"\s*\$", rest[0])
