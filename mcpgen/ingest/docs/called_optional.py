"""A parameter a sentence calls optional by name: "a number of REST API methods have the optional **namespace**
parameter:", then the requests that take it (`GET /v2/workflows?namespace=<namespace>`).

A placeholder written into every request shown of a route reads as part of it, so such a query argument is
taken as required (extract.py); a sentence of the same page that names the parameter "the optional X parameter"
says otherwise, and outranks that guess. Only a flag nothing else stated is set, on the parameters of that name
the document's requests carry outside their path.

A route followed by a sentence saying its query parameters may be left out ("You can omit the GET parameters",
"the query parameters may be omitted") says the same of every query parameter of that route: the text right
after the route (its description, the next paragraph of its section) is read, not the rest of the page."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .blocks import Document
from .endpoint import Endpoint

_CALLED_OPTIONAL = re.compile(
    r"\b(?:an?|the)\s+optional\s+(?P<q>\*\*|`{1,2}|[*'\"])(?P<name>[A-Za-z_][\w.-]*)(?P=q)\s+"
    r"(?:query\s+|request\s+|url\s+)?(?:parameters?|arguments?)\b",
    re.I,
)


_OMITTED = re.compile(
    r"\b(?:can|may|could)\s+(?:be\s+)?(?:omit(?:ted)?|left\s+out|leave\s+out)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:get|query|url)\s+(?:parameters?|arguments?)\b"
    r"|\b(?:get|query|url)\s+(?:parameters?|arguments?)\s+(?:can|may)\s+be\s+(?:omitted|left\s+out)\b",
    re.I,
)


def _omitted_after(docs: Iterable[Document]) -> set[tuple[str, int | None]]:
    """(file, line) of each block whose next paragraph in its section says its query parameters may be omitted."""
    found: set[tuple[str, int | None]] = set()
    for doc in docs:
        for section in doc.sections:
            for block, after in zip(section.blocks, section.blocks[1:], strict=False):
                if after.kind == "text" and _OMITTED.search(" ".join(after.text.split())):
                    found.add((block.where.file, block.where.line))
    return found


def called_optional(docs: Iterable[Document], endpoints: Iterable[Endpoint]) -> None:
    """Mark optional the parameters a sentence of their document calls "the optional X parameter"."""
    docs = list(docs)
    named: dict[str, set[str]] = {}
    for doc in docs:
        for section in doc.sections:
            for block in section.blocks:
                if block.kind == "text":
                    named.setdefault(doc.file, set()).update(m["name"] for m in _CALLED_OPTIONAL.finditer(block.text))
    omitted = _omitted_after(docs)
    for endpoint in endpoints:
        names = named.get(endpoint.where.file, set())
        for (name, location), param in endpoint.params.items():
            if name in names and location != "path" and param.required is None:
                param.required = False
        if (endpoint.where.file, endpoint.where.line) in omitted:  # "You can omit the GET parameters"
            for (_, location), param in endpoint.params.items():
                if location == "query":
                    param.required = False
