"""Body fields a rule names as alternatives, under a route whose example bodies send one of them:

    ### `POST /runs`
    ```json
    { "target": "https://...", "total_count": 1000 }
    ```
    Rules:
    - Exactly one of `total_count` or `duration_seconds` must be non-null.

"Exactly one of `a` or `b`", "either `a` or `b`", "one of `a`, `b` or `c`": the request sends one field or the
other. Where the route's example body sends one of them, the names are fields of that body, the others too,
though no example shows them; and since either will do, none of them is required on its own (though an example
sends it in every variant). A rule naming no field the route's body sends ("either `json` or `yaml` output")
gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param

_CODED = r"`([A-Za-z_][\w.-]*)`"
_ALTERNATIVES = re.compile(
    rf"(?i)\b(?:(?:exactly|only)\s+one\s+of|one\s+of|either)\s+(?P<names>{_CODED}(?:\s*,\s*{_CODED})*"
    rf"\s*,?\s+or\s+{_CODED})"
)


def exclusive_fields(
    sections: list[Section], owners: list[tuple[str, str] | None], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, optional body field) for each name of a rule offering alternatives, one of them sent."""
    for section, owner in zip(sections, owners, strict=True):
        endpoint = endpoints.get(owner) if owner is not None else None
        if endpoint is None or endpoint.method not in ("POST", "PUT", "PATCH"):
            continue
        sent = {str(k) for body in endpoint.request_examples if isinstance(body, dict) for k in body}
        sent |= {name for name, location in endpoint.params if location == "body"}
        for block in section.blocks:
            texts = [text for _, text in block.items] if block.kind == "list" else [block.text]
            for text in texts if block.kind in ("list", "text") else ():
                for match in _ALTERNATIVES.finditer(text):
                    names = re.findall(_CODED, match["names"])
                    if any(name in sent for name in names):
                        yield from ((endpoint, Param(n, "body", block.where, False, origin="prose")) for n in names)


__all__ = ["exclusive_fields"]
