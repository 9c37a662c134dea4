"""A sentence saying something can be read through a path in code: "Both hardware and software version can be read
via `/api/v1/system/version`", "The current settings can be fetched from `/api/v1/settings`". Reading is what a GET
does, so the sentence states a GET of that path (inferred: the method is not written), beside whatever else the
page states (a page of such sentences, one of them "Send a POST request to `/x`", still states its reads).

Read only in the passive with a modal ("can be read", "may be retrieved", "can be fetched and modified") and a
path in code right after "via", "from", "at", "through" or "using" (with "the" allowed between): a sentence
naming an action ("must first be initialized via `/x`", "commit the results via `/x`") says no method, and is
left alone.
"""

from __future__ import annotations

import re

from .accessed_via import accessed_routes
from .available_at import available_routes
from .available_lists import available_lists
from .blocks import Document
from .endpoint_reads import endpoint_reads
from .labelled_files import labelled_files
from .mention import Mention
from .named_route_tables import named_route_tables
from .opened_page_tables import opened_page_tables
from .provided_routes import provided_routes
from .purpose_tables import purpose_tables
from .requests import path_key, split_target

_READ_VIA = re.compile(
    r"(?i)\b(?:can|could|may|might|should|will)\s+(?:also\s+|only\s+)?be\s+"
    r"(?:read|fetched|retrieved|queried|polled|obtained)(?:\s+(?:and|or)\s+[a-z]+)?\s+"
    r"(?:via|from|at|through|using)\s+(?:the\s+)?`(?P<target>/[^`\s]*)`"
)


_DOCS = re.compile(r"(?i)\b(?:openapi|swagger|redoc|documentation|spec(?:ification)?)\b")
"""A sentence about the API's own description ("The OpenAPI document can be fetched from `/openapi.json`"): a page
to read, not an operation."""


def read_paths(text: str) -> list[str]:
    """The paths in code that sentences of `text` say something can be read through."""
    found = []
    for match in _READ_VIA.finditer(text):
        sentence = text[text.rfind(". ", 0, match.start()) + 1 : match.end()]
        if not _DOCS.search(sentence):
            found.append(match["target"])
    return found


def read_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` to the mentions of its section for each sentence of `doc` saying something can be read
    through a coded path, unless the section names that path already."""
    available_routes(doc, mentions)  # a page of sentences alone: "The map server is accessible at `/service`"
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind in ("text", "list")):
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for path in (p for text in texts for p in read_paths(text)):
                if all(path_key(m.target.path) != path_key(path) for m in found):
                    found.append(Mention("GET", split_target(path), block.where, "line", prose=True, inferred=True))
        available_lists(section, found)  # "... available in the detailed views:" over "- Host facts with `/hosts/<id>`"
        purpose_tables(section, found)  # `| Endpoint | Purpose |` rows, "`/api/users/` | List all users": reads
    named_route_tables(doc, mentions)  # `| Name | Path |` rows, "`app:detail` | `/x/<id>/` (POST)": GET unless noted
    opened_page_tables(doc, mentions)  # "Open:" over `| Dashboard | http://127.0.0.1:8000/app/dashboard/ |`
    endpoint_reads(doc, mentions)  # "Or get the output from the ``/od-all`` endpoint"
    accessed_routes(doc, mentions)  # "Accessed via `/api/reservations/{id}/`" under the data it reads
    labelled_files(doc, mentions)  # `1.jobs.json: 任务列表 请求方式-GET`: a file name listed with its labelled method
    provided_routes(doc, mentions)  # "The service also provides `/api/health` and `/api/capabilities`": GETs


__all__ = ["read_paths", "read_routes"]
