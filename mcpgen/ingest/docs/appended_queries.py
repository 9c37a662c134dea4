"""A query argument the page tells its reader to append to the URLs ("Should you try these URLs in your browser,
you will need to append ``?format=json`` to the URL"), or one it says all the services take as a GET parameter ("The
services support the ``JSONP`` format, using the ``GET`` parameter ``callback=NAME``."): a query parameter of every
GET route, not required."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param

_APPENDED = re.compile(
    r"(?i)\b(?:append|add)\s+`+\?(?P<name>[A-Za-z_][\w.-]*)=[^`\s]*`+[^.;]{0,80}?"
    r"\bto\s+(?:the|any|each|every|all|these|your)\s+(?:request\s+)?URLs?\b"
)

_SUPPORTED = re.compile(
    r"(?i)\b(?:the|all|every|each)\s+(?:services|endpoints|routes|calls|requests)\s+(?:support|accept|take)s?\b"
    r"[^.;]{0,80}?\b(?:using|with|via|through)\s+(?:the|a|an)\s+`*(?:GET|query)`*\s+(?:string\s+)?parameter\s+"
    r"`+(?P<name>[A-Za-z_][\w.-]*)(?:=[^`\s]*)?`+"
)


def appended_queries(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[..., None]) -> None:
    """Give every GET route each query argument a sentence of the page says to append to the URL, or says the
    services all take."""
    names = {
        match["name"]
        for doc in docs
        for section in doc.sections
        for block in section.blocks
        if block.kind in ("text", "list")
        for pattern in (_APPENDED, _SUPPORTED)
        for match in pattern.finditer(
            " ".join([block.text, *(t for item in block.items for t in item)]).replace("\n", " ")
        )
    }
    for endpoint in endpoints if names else ():
        for name in sorted(names) if endpoint.method == "GET" else ():
            if (name, "query") not in endpoint.params:
                add(endpoint, Param(name, "query", endpoint.where, False, origin="prose"))
