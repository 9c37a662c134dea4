"""Routes a page states by their path alone, with the method said in its sentences instead of written beside it:

    Inbox
    ^^^^^
    **Endpoint:** ``/api/user/<username>/inbox``

    This feed can be read by the user to see what has been sent to them.

The path is stated by a label (`**Endpoint:** `/x``, `URL: `/x``) or by a sentence of its own ("The endpoint is
``/x``", "To upload media you should use the URL `/x`."); the section's sentences say what is done with it:

- it is read: "This feed can be read by the user", "It can also be fetched" (GET);
- something is posted to it: "This is where the client should post new activities", "can be posted to" (POST;
  a modal verb, so "objects being posted", which describes the content, says nothing of the route);
- a request of a method is made to it: "A POST request should be made to the upload URL" (that method);
- the reader is told the method to use, in code: "Returns an array of groups. Use `GET`.", "Use `PUT` and the
  following body:" (that method); a section so worded states its path by its heading alone (`### /groups`);
- with none of these, the client is told to send a JSON object ("To register, this is the minimum you must
  supply:" over `{"type": ...}`), in the section or one nested in it: a request with a body, POST.

Each method is a section of its own; a GET takes the query parameters a table of an enclosing section lists for
the routes under it ("They also support certain GET parameters ...:" over a Parameter | Default | Description
table, in a section that states no route). A section that states no method of its own and whose path extends
the path of the section it is nested in ("There are also subsets of the inbox", `/inbox/major` under `/inbox`)
is read as that section's route is. A section that already writes a request line, or whose sentences name no
method, is left as it is: a path alone is no route of any method in particular.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from itertools import pairwise

from .blocks import Block, Document, Section
from .params import is_param_table
from .requests import METHODS, request_lines

_PATH = r"(?P<path>/[^\s`*]*)"
_LABEL = re.compile(
    r"^\s*[*_]*(?:(?:request |http |api )?(?:endpoint|url|uri|route|resource)s?)[*_]*\s*:\s*[*_]*\s*:?[*_]*\s*"
    rf"`*{_PATH}`*\s*\.?\s*$",
    re.I,
)
"""`**Endpoint:** ``/api/user/<username>/feed``: a label line whose value is a path in code."""
_SENTENCES = (
    re.compile(rf"(?i)^\s*the\s+(?:endpoint|url|uri|route|resource)\s+(?:is|lives\s+at)\s+`*{_PATH}`*\s*\.?\s*$"),
    re.compile(
        rf"(?i)^(?:[^.`]*\s)?(?:should|must|can|need\s+to)\s+use\s+the\s+(?:url|uri|endpoint|route)\s+`*{_PATH}`*\s*\.?\s*$"
    ),
)
"""A paragraph that is one sentence stating the route: "The endpoint is ``/x``", "To upload media you should use
the URL `/x`."."""
_MODAL = r"(?:can|could|may|might|should|must|will|shall)\s+(?:also\s+|only\s+|then\s+)?"
_SAID = (
    ("GET", re.compile(rf"(?i)\b{_MODAL}be\s+(?:read|fetched|retrieved|viewed|polled)\b")),
    ("POST", re.compile(rf"(?i)\b{_MODAL}(?:be\s+)?post(?:ed)?\b(?!\s+(?:data|parameters?|fields?|body)\b)")),
)
_SUPPLY = re.compile(
    r"(?i)\b(?:must|should|need\s+to|have\s+to|can)\s+(?:also\s+|first\s+)?(?:supply|send|submit|provide|post)\b[^.]*:\s*$"
)
"""A lead-in to what the client sends: "To register a client for the first time, this is the minimum you must
supply:"."""
_QUERY_LEAD = re.compile(r"\b(?:GET|query(?:[\s-]string)?)\s+(?:parameters|params|arguments)\b")
_METHOD_REQUEST = re.compile(
    rf"\b(?:an?\s+)?`*(?P<method>{'|'.join(METHODS)})`*\s+request\s+{_MODAL}be\s+(?:made|sent|issued|done)\b"
)

_USE_METHOD = re.compile(
    rf"(?:^|[.;:!]\s+|\band\s+)[Uu]se\s+(?:an?\s+|the\s+)?`+(?P<method>{'|'.join(METHODS)})`+"
    r"(?:\s+(?:method|request|verb))?(?=\s*(?:[.;,]|and\b|$))"
)
"""A sentence telling the reader the method to use, the method in code: "Returns an array of groups. Use `GET`.",
"Use `PUT` and the following body:"."""
_HEADING_PATH = re.compile(rf"^\s*`?{_PATH}`?\s*$")
"""A heading that is a path alone (`### /select-scenario`)."""


def said_routes(doc: Document) -> Document:
    """`doc` with the request line each path-alone route means (`GET /api/user/<username>/inbox`) written where
    its path is stated, in sections that write none of their own."""
    stated: dict[int, tuple[str, list[str]]] = {}  # section index -> (path, the methods said of it)
    sections: list[Section] = []
    for index, section in enumerate(doc.sections):
        found = _stated_path(section)
        if found is None:
            sections.append(section)
            continue
        at, path = found
        methods = said_methods(" ".join(b.text for b in section.blocks if b.kind == "text"))
        parent = _enclosing(doc.sections, index)
        if not methods and parent in stated and path.startswith(stated[parent][0].rstrip("/") + "/"):
            methods = stated[parent][1]  # a subset of the route the enclosing section states
        if not methods and parent not in stated and _supplies_body(doc.sections, index):
            methods = ["POST"]
        if not methods:
            sections.append(section)
            continue
        stated[index] = (path, methods)
        shared = _query_table(doc.sections, index)
        for method in methods:  # one section per method: a table of GET parameters is only the GET's
            line = Block("code", section.blocks[at].where, text=f"{method} {path}")
            blocks = [*section.blocks[:at], line, *section.blocks[at:], *(shared if method == "GET" else [])]
            sections.append(replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def said_methods(text: str) -> list[str]:
    """The methods the sentences of `text` say a route is used with, in the order of METHODS."""
    said = {m["method"] for m in _METHOD_REQUEST.finditer(text)} | {m["method"] for m in _USE_METHOD.finditer(text)}
    said |= {method for method, pattern in _SAID if pattern.search(text)}
    return [m for m in METHODS if m in said]


def _stated_path(section: Section) -> tuple[int, str] | None:
    """(the block's index, the path) of the one path-alone statement of a section that writes no request line."""
    found: list[tuple[int, str]] = []
    for index, block in enumerate(section.blocks):
        if block.kind in ("text", "code") and request_lines(block.text):
            return None
        if block.kind != "text":
            continue
        match = next((m for p in (_LABEL, *_SENTENCES) if (m := p.match(block.text))), None)
        if match is not None:
            found.append((index, match["path"]))
    heading = _HEADING_PATH.match(section.title)
    if not found and heading is not None and _uses_method(section):
        return 0, heading["path"]  # `### /groups` over "Returns an array of groups. Use `GET`."
    return found[0] if len(found) == 1 else None


def _uses_method(section: Section) -> bool:
    """A sentence of the section tells the reader which method to use ("Use `PUT` and the following body:")."""
    return any(b.kind == "text" and _USE_METHOD.search(b.text) for b in section.blocks)


def _query_table(sections: list[Section], index: int) -> list[Block]:
    """The lead-in and table of the query parameters a section enclosing the one at `index` lists for the routes
    nested in it ("They also support certain GET parameters ... These are:" over a Parameter | Default |
    Description table), from the nearest enclosing section that states no route of its own and lists one; []
    when none does."""
    parent = _enclosing(sections, index)
    while parent is not None:
        blocks = sections[parent].blocks if _stated_path(sections[parent]) is None else []  # not a route's own
        for lead, table in pairwise(blocks):
            if lead.kind == "text" and _QUERY_LEAD.search(lead.text) and is_param_table(table):
                return [lead, table]
        parent = _enclosing(sections, parent)
    return []


def _enclosing(sections: list[Section], index: int) -> int | None:
    """The index of the section the one at `index` is nested in."""
    section = sections[index]
    for before in range(index - 1, -1, -1):
        if sections[before].level < section.level and section.path[:-1] == sections[before].path:
            return before
    return None


def _supplies_body(sections: list[Section], index: int) -> bool:
    """The section at `index`, or one nested in it, leads into a JSON object with a sentence saying the client
    sends it ("this is the minimum you must supply:"): the route takes a body, and a request with a body
    whose method is not said is a POST."""
    section = sections[index]
    for nested in sections[index:]:
        if nested is not section and nested.path[: len(section.path)] != section.path:
            break
        for block, after in pairwise(nested.blocks):
            lead = block.kind == "text" and _SUPPLY.search(block.text) is not None
            if lead and after.kind == "code" and after.text.lstrip().startswith("{") and _json_object(after.text):
                return True
    return False


def _json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False
