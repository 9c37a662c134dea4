"""The inputs a route table row's description names for a request that sends a body, in two plain forms:

    | `/api/workspaces` | POST | Register a workspace (name, path) |
    | `POST` | `/{collection}` | Create a new item (auto-generates unique `id` if omitted) |

A description that ends on a parenthesis listing two or more bare lowercase words (not in code), joined by
commas, names what the request is given: "Register a workspace (name, path)" registers it from a name and a path.
A description saying a coded name is used when omitted ("auto-generates `id` if omitted") says the request may
send it. On a POST, PUT or PATCH each is a body field, not required (the first form says nothing of it; the second
says it may be left out). Coded names in such a parenthesis are left to the rules that read them
(`parenthesized_filters` reads a read's). A parenthesis of capitals, of words joined otherwise ("(see below)",
"(admin only)") or of a single word, a list in the middle of the sentence, a route whose body the document already
describes field by field, or a request that sends no body, gets nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, split_target

_BODY_METHODS = ("POST", "PUT", "PATCH")
_TRAILING_LIST = re.compile(r"\((?P<names>[a-z][a-z0-9_]*(?:\s*,\s*[a-z][a-z0-9_]*)+)\)\s*\.?\s*$")
"""A description ending on "(name, path)": two or more bare lowercase words joined by commas."""
_NOT_NAMES = frozenset(
    {"and", "or", "etc", "eg", "ie", "optional", "required", "default", "json", "xml", "admin", "only", "see", "below"}
)
_OMITTED = re.compile(r"`(?P<name>[A-Za-z_][\w.-]*)`\s+(?:is\s+|are\s+)?(?:if|when)\s+(?:it\s+is\s+)?omitted\b")
"""A coded name the sentence says is used or made up when left out: "auto-generates unique `id` if omitted"."""


def summary_inputs(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give a body-sending route the fields its table row's description names (the module's docstring)."""
    endpoints = [e for e in endpoints if e.method in _BODY_METHODS]
    for doc in docs:
        mine = [e for e in endpoints if e.where.file == doc.file]
        for block in (b for s in doc.sections for b in s.blocks if b.kind == "table" and mine):
            for row in block.body_rows:
                listed = [m for cell in row if (m := _TRAILING_LIST.search(cell.strip()))]
                names = [n.strip() for m in listed[:1] for n in m["names"].split(",")]
                names = [] if _NOT_NAMES.intersection(names) else names
                omitted = [m["name"] for cell in row for m in _OMITTED.finditer(cell)]
                if not names and not omitted:
                    continue
                cells = [cell.strip().strip("`").strip() for cell in row]
                paths = {path_key(split_target(c).path) for c in cells if c.startswith("/") and " " not in c}
                methods = {c.upper() for c in cells}
                for endpoint in (e for e in mine if e.method in methods and path_key(e.path) in paths):
                    described = any(location == "body" for _, location in endpoint.params)
                    for name in omitted + ([] if described else names):
                        if (name, "body") not in endpoint.params:
                            add(endpoint, Param(name, "body", endpoint.where, False, origin="prose"))


__all__ = ["summary_inputs"]
