"""A paragraph of plain lines, each a method word, a path in code, an arrow and what the route does:

    get `/status` => info about next runs
    get `/tasks/foo` => extended info about *foo* task
    post `/tasks/foo` => update *foo* task config
    get `/tasks/foo/task_runs/%id%` => get task run %id% info for *foo* task

Written without list markers, the lines run together into one paragraph, and the method is in lowercase as one
types it; each line is still a request line and its description. Every line of the paragraph must have this
shape (at least two of them), so a sentence that happens to open with "get" or "post" is not read as a route.

Two ways such lines write a placeholder are read too. A segment between percent signs (`%id%`, as a template
fills it in) is the placeholder `{id}`. A later segment that the line's own description writes in emphasis as a
thing the route acts on ("extended info about *foo* task") is the document's stand-in for a value, so it is the
placeholder `{foo}`; the first segment (the collection, `/tasks`) is never one, nor a word the description does
not emphasise."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document
from .requests import METHODS

_LINE = re.compile(
    rf"(?i)^(?P<method>{'|'.join(METHODS)})\s+`(?P<path>/[^`\s]*)`\s*(?:=>|->|\u2192|\u2014|\u2013|-|:)\s*(?P<what>\S.*)$"
)
_PERCENT = re.compile(r"(?<=/)%([A-Za-z_]\w*)%(?=/|$)")
_EMPHASIS = re.compile(r"(?<![*_\w])[*_]([A-Za-z][\w-]*)[*_](?![*_\w])")


def _path(path: str, what: str) -> str:
    path = _PERCENT.sub(r"{\1}", path)
    emphasised = set(_EMPHASIS.findall(what))
    segments = path.split("/")
    return "/".join(f"{{{s}}}" if i > 1 and s in emphasised else s for i, s in enumerate(segments))


def _rewritten(block: Block) -> Block:
    lines = [line.strip() for line in block.text.splitlines() if line.strip()]
    matches = [_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(matches):
        return block
    items = tuple(
        ("", f"{m['method'].upper()} `{_path(m['path'], m['what'])}` - {m['what']}") for m in matches if m is not None
    )
    return replace(block, kind="list", text="", items=items)


def arrow_route_lines(doc: Document) -> Document:
    """`doc` with each paragraph of `method `path` => what it does` lines as a list of request lines."""
    sections = [replace(s, blocks=[_rewritten(b) if b.kind == "text" else b for b in s.blocks]) for s in doc.sections]
    return replace(doc, sections=sections)
