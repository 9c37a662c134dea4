"""Resources a sentence says are served at a coded path, beside request lines the page states.

"Basic Prometheus metrics are available at `/metrics` (when enabled with `--prometheus`)": what is served at a
path is read there, so the sentence states `GET /metrics`, though it names no method. Read only on a page that
states its routes as request lines elsewhere (a page of such sentences alone is read whole by
`mentions.coded_templates`), and not when the subject is the API, a server or its documentation (a base path, or
a page a browser opens), nor when the path is the start of a route the page states ("The complete event
stream is available at `/outputs/stream`", then `GET .../outputs/stream/{fid}`: that route, not another).

A sentence telling the reader where to find a page or endpoint of a named thing says the same
(`_FOUND_AT`): "You can find a playground page for your runnable at `/my_runnable/playground/`" states
`GET /my_runnable/playground/`, what a browser sends to open it, with the same exclusions (a docs or swagger
page is the API's documentation). Only "find a/an/the <name> page/endpoint/route ... at `path`" is read so: "you
can find the source at `/src`" names no page.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target
from .served_sentences import served_sentences

_SERVED_AT = re.compile(
    r"\b(?P<subject>[A-Za-z]+)\s+(?:is|are)\s+(?:available|exposed|served|reachable)\s+(?:at|on|under)\s+"
    r"`(?P<path>/[^\s`]*)`"
)
_FOUND_AT = re.compile(
    r"\b[Yy]ou\s+(?:can|will|may)\s+find\s+(?:an?|the)\s+(?P<subject>[A-Za-z]+)\s+(?:page|endpoint|route)\b"
    r"[^.`]{0,40}?\s+at\s+`(?P<path>/[^\s`]*)`"
)
API_AT = re.compile(
    r"\b(?!(?:[Tt]he|[Tt]his|[Oo]ur|[Aa]n?|[Ii]ts|REST|HTTP|[Ww]eb|JSON|[Pp]ublic|[Mm]ain|[Ww]hole)\b)[A-Za-z][\w-]*\s+API"
    r"(?:\s+for\s+[^.`]{0,40}?)?\s+is\s+(?:(?:available|exposed|served|reachable)\s+(?:at|on|under)\s+)?"
    r"(?=`/[^`\s]*[<{][^`\s]*`)`(?P<target>/[^`\s]*)`"
)
"""A named API of a product stated as one route in a sentence: "The timemap API is available at
`/<coll>/timemap/<type>/<url>`", "The TimeGate API for any collection is `/<coll>/<url>`". A path with a
placeholder is a route (what is fetched for a value), not a base: "The REST API is available at `/api/v1`", which
names the whole API and writes no placeholder, is left to the rules for bases. No method is said: GET, what a
browser sends to a URL."""
_NOT_RESOURCES = {
    "api",
    "apis",
    "server",
    "service",
    "docs",
    "documentation",
    "ui",
    "swagger",
    "redoc",
    "dashboard",
    "site",
    "endpoint",
    "route",
}
_DOCS = re.compile(r"(?i)\b(?:openapi|swagger|redoc|documentation)\b")
"""A sentence about the API's description or documentation ("OpenAPI definitions are exposed under
`/api/openapi.json`"): a page to read, not an operation."""


def served_resources(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` for each sentence of `doc` that says something is served at a coded path, to the mentions
    of its section, when the page states request lines and no route of it starts with that path."""
    if not any(m.kind == "line" and not m.inferred for found in mentions for m in found):
        return
    routes = [m.target.path for found in mentions for m in found]
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for said, match in (
                (t, m) for t in texts for pattern in (_SERVED_AT, _FOUND_AT) for m in pattern.finditer(t)
            ):
                path = match["path"].rstrip(".,;:)")
                if match["subject"].lower() in _NOT_RESOURCES or "{" in path or "<" in path or _DOCS.search(said):
                    continue
                if any(r == path or r.startswith(path.rstrip("/") + "/") for r in routes):
                    continue
                found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))
    served_sentences(doc, mentions, routes)  # "it serves them at `/network.bin`", "`/`, which returns ..."
