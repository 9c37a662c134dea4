"""A brace list of bare names beside a route, in the route's own item, as the request's body fields:

    - `POST /v2/rerank` - Rerank (Cohere v2 format), request `{query, documents, top_n}`, returns `{results, id}`

`{a, b, c}` written in code with names only, no values and no quotes, is shorthand for the JSON object those keys
make (the ES6 object-shorthand a JavaScript reader knows); called the request's (request, body, payload, input,
or the route "takes", "accepts", "expects" it) on the line that states a POST, PUT or PATCH request line, it names
the top-level fields that request sends. Whether one must be given is not said. The same list named the answer
("returns `{results, id}`", "response", "result", "output") is what comes back, and one with no word before it
says neither: both are left alone. Only the words since the previous comma or semicolon of the line speak for a
list, so "request `{a}`, returns `{b}`" gives `a` alone; a line naming no route or two routes gives nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_NAME = r"[A-Za-z_][\w.-]*"
_BRACES = re.compile(rf"`\{{\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})+)\s*,?\s*\}}`")
_REQUEST_WORD = re.compile(r"(?i)\b(?:request|body|payload|input|takes|accepts|expects)\b")
_ANSWER_WORD = re.compile(r"(?i)\b(?:returns?|response|result|output|answers?|repl(?:y|ies)|yields)\b")


def brace_body_fields(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each name of a request's brace list on the line of its one request line."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind in ("list", "text")):
            lines = [text for _, text in block.items] if block.kind == "list" else block.text.splitlines()
            for line in lines:
                stated = request_lines(line)
                if len(stated) != 1 or stated[0][1] not in ("POST", "PUT", "PATCH"):
                    continue
                _, method, target = stated[0]
                endpoint = endpoints.get((method, path_key(split_target(target).path)))
                if endpoint is None:
                    continue
                for match in _BRACES.finditer(line):
                    lead = re.split(r"[,;]", line[: match.start()])[-1]
                    if _REQUEST_WORD.search(lead) and not _ANSWER_WORD.search(lead):
                        for name in re.split(r"\s*,\s*", match["names"].strip()):
                            yield endpoint, Param(name, "body", block.where, False, origin="prose")
