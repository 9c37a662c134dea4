"""The fields of a resource described one by one (`rst_field_directives`: `.. confval:: content` with `:type:
string` and `:required: yes`), on a page that says whose fields they are ("The following fields of snippets
...", "the fields of a user"), as the body of the requests that send that resource: each POST, PUT or PATCH
whose own description names it ("Create new snippet.", "Partially update queried snippet.") and states no body
field of its own.

A field marked `read only` is the server's (an id, a creation time): no request sends it. A field marked
`required` must be sent when the resource is created or replaced (POST, PUT); a PATCH changes any subset of
the fields, so none is required there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .rst_field_directives import DESCRIBED_FIELD

_WHOSE = re.compile(r"(?i)\bfields\s+of\s+(?:the\s+|a\s+|an\s+|all\s+|each\s+|every\s+)?(?P<noun>[a-z][\w-]*[a-z])\b")
_YES = r"(?:yes|true|always)\b"
_REQUIRED = re.compile(rf"(?i)(?:^|;\s*)required:\s*{_YES}")
_READ_ONLY = re.compile(rf"(?i)(?:^|;\s*)read[\s-]?only:\s*{_YES}")
_TYPE = re.compile(r"(?i)(?:^|;\s*)type:\s*(?P<type>[a-z]+)\b")
_WRITES = ("POST", "PUT", "PATCH")


def described_fields(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give each write request that names a resource whose fields a page describes one by one those fields."""
    endpoints = [e for e in endpoints if e.method in _WRITES]
    for doc in docs:
        fields = [
            (block, term.strip("`* "), text)
            for section in doc.sections
            for block in section.blocks
            if block.kind == "deflist" and block.lang == DESCRIBED_FIELD
            for term, text in block.items
        ]
        nouns = {
            m["noun"].lower()
            for s in doc.sections
            for b in s.blocks
            if b.kind == "text"
            for m in _WHOSE.finditer(b.text)
        }
        if not fields or len(nouns) != 1:
            continue
        (noun,) = nouns
        stem = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        names = re.compile(rf"(?i)\b{re.escape(stem)}s?\b")
        for endpoint in endpoints:
            own = " ".join([endpoint.summary, endpoint.description])
            if not names.search(own) or any(location == "body" for _, location in endpoint.params):
                continue
            for block, name, text in fields:
                if _READ_ONLY.search(text):
                    continue
                required = bool(_REQUIRED.search(text)) and endpoint.method != "PATCH"
                kind = _TYPE.search(text)
                add(
                    endpoint,
                    Param(
                        name,
                        "body",
                        block.where,
                        required,
                        kind["type"].lower() if kind else None,
                        origin="definition list",
                    ),
                )
