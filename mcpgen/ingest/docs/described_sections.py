"""Inputs named by their location in a section titled after what one route does:

    ## Endpoints
    - `POST /v1/jobs` - Job creation (sync + async)
    - `GET /v1/jobs/{id}` - Poll job status

    ### Job Creation Lifecycle
    Controls:
    - request body `priority` or header `X-Job-Priority`

A route stated with a description ("`POST /v1/jobs` - Job creation (...)") and, further on, a section whose title
opens with the words of that description ("Job Creation Lifecycle", "Job creation options") is the document
telling more about that route: the inputs the section names together with their location, "request body
`priority`", "body field `priority`", "header `X-Job-Priority`", are that route's (optional: nothing says they
must be given). The description's words are those before its first parenthesis, dash or punctuation, two words at
least, and the title must open with the words of exactly one route's description; a body field is only given to a
route that sends a body. A section titled otherwise, or a name written without its location, gives nothing here."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param

_HEAD = re.compile(r"^\s*([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)+)")
_BODY = re.compile(r"(?i)\b(?:request\s+)?body(?:\s+(?:field|parameter|key))?\s+`(?P<name>[A-Za-z_][\w.-]*)`")
_HEADER = re.compile(r"(?i)\bheader\s+`(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)`")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in text.split())


def described_section_params(
    doc: Document, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, input) for each located input named in a section titled after one route's description."""
    heads = []
    for endpoint in endpoints.values():
        head = _HEAD.match(re.split(r"[(\[:;,.\u2013\u2014]| - ", endpoint.description or "", maxsplit=1)[0])
        if endpoint.where.file == doc.file and head:
            heads.append((_words(head[1]), endpoint))
    for section in doc.sections:
        title = _words(section.title)
        owners = [e for words, e in heads if title[: len(words)] == words and len(title) > len(words)]
        if len(owners) != 1:
            continue
        endpoint = owners[0]
        for block in (b for b in section.blocks if b.kind in ("list", "text")):
            for line in [t for _, t in block.items] if block.kind == "list" else [block.text]:
                if endpoint.method in ("POST", "PUT", "PATCH"):
                    for match in _BODY.finditer(line):
                        yield endpoint, Param(match["name"], "body", block.where, False, origin="prose")
                for match in _HEADER.finditer(line):
                    yield endpoint, Param(match["name"], "header", block.where, False, origin="prose")
