"""A query option a plain listing of requests gives in a line's description, after the request:

    DELETE /cards/{id}        remove it (409 while in use; ?force=true)
    GET    /cards             every card, ?limit=<n> at most

The line is one request (method and path at its start, its words after); a `?name=value` written among those
words is an option of that request, sent in its query string, as `DELETE /cards/{id}?force=true` would say. It is
an option the words mention, so not required. A `?` not opening a `name=` pair ("in use?") is no option.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, split_target

_LINE = re.compile(rf"(?m)^\s*(?P<method>{'|'.join(METHODS)})\s+(?P<path>/\S*)[ \t]+(?P<words>\S.*)$")
_OPTION = re.compile(r"(?<![\w/])\?(?P<name>[A-Za-z_][\w-]*)=")


def line_queries(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, query option) for each `?name=` a listing line's words give its request."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "code"):
            for line in _LINE.finditer(block.text):
                endpoint = endpoints.get((line["method"], path_key(split_target(line["path"]).path)))
                for name in _OPTION.findall(line["words"]) if endpoint is not None else ():
                    yield endpoint, Param(name, "query", block.where, False, origin="request line")
