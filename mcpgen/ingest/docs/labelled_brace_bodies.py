"""A request body stated under its route's heading as a labelled brace shape of bare field names:

    ## `POST /claims/refactor`

    Body: `{engineer, file, symbol, new_name?, wait_seconds?, ...}`. Response shapes are identical to ...

A sentence that opens with a body label ("Body:", "Request body:", "JSON body:", "Payload:") and goes straight on to
one code span holding a brace shape of bare names is the object-literal shorthand for the JSON object the request
sends, the way a TypeScript reader reads `{a, b?}`: each name is a top-level field, a trailing `?` marks it optional,
and where the shape marks any name so the names it leaves unmarked are the ones the request cannot go without
(where none is marked, nothing is said of need). A closing `...` says more may follow and names nothing.

It is read in the section a POST, PUT or PATCH heading owns. Left alone: a "Response:" or "Returns:" label (what
comes back), braces holding quoted keys or values (a JSON example, which the example rules read), a label followed by
prose before the braces, and a section no one request owns."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .brace_columns import shape_entries
from .endpoint import Endpoint
from .params import Param

_LABELLED = re.compile(
    r"(?im)(?:^|(?<=[.!?]\s))[ \t]*(?:\*\*)?(?:(?:request|json)\s+)?(?:body|payload)(?:\*\*)?\s*:(?:\*\*)?\s*"
    r"`\{(?P<body>[^`{}]*)\}`"
)


def labelled_brace_bodies(
    sections: list[Section], owners: list[tuple[str, str] | None], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each name of a labelled brace shape in the text of a write's own section."""
    for section, owner in zip(sections, owners, strict=True):
        endpoint = endpoints.get(owner) if owner is not None else None
        if endpoint is None or endpoint.method not in ("POST", "PUT", "PATCH"):
            continue
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _LABELLED.finditer(block.text):
                shape = shape_entries(match["body"])
                marked = any(optional for _, optional in shape or ())
                for name, optional in shape or ():
                    required = False if optional else (True if marked else None)
                    yield endpoint, Param(name, "body", block.where, required, origin="object sketch")


__all__ = ["labelled_brace_bodies"]
