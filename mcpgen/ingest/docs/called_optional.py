"""A parameter a sentence calls optional by name: "a number of REST API methods have the optional **namespace**
parameter:", then the requests that take it (`GET /v2/workflows?namespace=<namespace>`).

A placeholder written into every request shown of a route reads as part of it, so such a query argument is
taken as required (extract.py); a sentence of the same page that names the parameter "the optional X parameter"
says otherwise, and outranks that guess. Only a flag nothing else stated is set, on the parameters of that name
the document's requests carry outside their path."""

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


def called_optional(docs: Iterable[Document], endpoints: Iterable[Endpoint]) -> None:
    """Mark optional the parameters a sentence of their document calls "the optional X parameter"."""
    named: dict[str, set[str]] = {}
    for doc in docs:
        for section in doc.sections:
            for block in section.blocks:
                if block.kind == "text":
                    named.setdefault(doc.file, set()).update(m["name"] for m in _CALLED_OPTIONAL.finditer(block.text))
    for endpoint in endpoints:
        names = named.get(endpoint.where.file, set())
        for (name, location), param in endpoint.params.items():
            if name in names and location != "path" and param.required is None:
                param.required = False
