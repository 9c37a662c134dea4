"""A brace list of bare names beside a route, in the route's own item, as the request's body fields:

    - `POST /v2/rerank` - Rerank (Cohere v2 format), request `{query, documents, top_n}`, returns `{results, id}`

`{a, b, c}` written in code with names only, no values and no quotes, is shorthand for the JSON object those keys
make (the ES6 object-shorthand a JavaScript reader knows); called the request's (request, body, payload, input,
or the route "takes", "accepts", "expects" it) on the line that states a POST, PUT or PATCH request line, it names
the top-level fields that request sends. Whether one must be given is not said. The same list named the answer
("returns `{results, id}`", "response", "result", "output") is what comes back, and one with no word before it
says neither: both are left alone. Only the words since the previous comma or semicolon of the line speak for a
list, so "request `{a}`, returns `{b}`" gives `a` alone; a line naming no route or two routes gives nothing.

A code block listing routes one per line (`METHOD /path — description`, every line a request line) is the same
route list in a fence, where braces need no backticks:

    GET  /via/file?path=  — read file content
    POST /via/file        — write file content { path, content }

There a brace list of bare names closing the line of a POST, PUT or PATCH is what the write sends: the line
describes the call, and the braces at its end sketch its input the way a signature's arguments do. A line with an
answer word before the braces ("— returns { id, status }") or braces inside the description (not at its end) is
left alone, as is a block with any line that states no route (a shell session, a JSON answer)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Document
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target, stated_write

_NAME = r"[A-Za-z_][\w.-]*"
_BRACES = re.compile(rf"`\{{\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})+)\s*,?\s*\}}`")
_REQUEST_WORD = re.compile(r"(?i)\b(?:request|body|payload|input|takes|accepts|expects)\b")
_TRAILING = re.compile(rf"\{{\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})+)\s*,?\s*\}}\s*$")
_ANSWER_WORD = re.compile(r"(?i)\b(?:returns?|response|result|output|answers?|repl(?:y|ies)|yields)\b")


def brace_body_fields(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each name of a request's brace list on the line of its one request line."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "code"):
            yield from _listed_route_braces(block, endpoints)
        for block in (b for b in section.blocks if b.kind in ("list", "text")):
            lines = [text for _, text in block.items] if block.kind == "list" else block.text.splitlines()
            for line in lines:
                if (written := stated_write(line, endpoints)) is None:
                    continue
                endpoint = written[0]
                for match in _BRACES.finditer(line):
                    lead = re.split(r"[,;]", line[: match.start()])[-1]
                    if _REQUEST_WORD.search(lead) and not _ANSWER_WORD.search(lead):
                        for name in re.split(r"\s*,\s*", match["names"].strip()):
                            yield endpoint, Param(name, "body", block.where, False, origin="prose")


def _listed_route_braces(block: Block, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each name of a brace list closing a write's line in a fence of route lines."""
    lines = [line for line in block.text.splitlines() if line.strip()]
    stated = [request_lines(line) for line in lines]
    if len(lines) < 2 or not all(len(found) == 1 and found[0][0] == 0 for found in stated):
        return
    for line, ((_, method, target),) in zip(lines, stated, strict=True):
        match = _TRAILING.search(line)
        if match is None or method not in ("POST", "PUT", "PATCH") or _ANSWER_WORD.search(line[: match.start()]):
            continue
        endpoint = endpoints.get((method, path_key(split_target(target).path)))
        for name in re.split(r"\s*,\s*", match["names"].strip()) if endpoint is not None else ():
            yield endpoint, Param(name, "body", block.where, False, origin="prose")
