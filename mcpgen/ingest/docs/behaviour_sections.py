"""Parts of a document about how the service treats every request, not about one request: "Input Validation",
"Rate Limiting", "Throttling", "Caching", "Logging" (its log levels), "CORS".

    ## Rate Limiting Details
    ### Rate Limit Headers
    A rate-limited request returns `429` with a `Retry-After` header.
    ```bash
    curl -i "http://localhost:5000/api/v1/weather?city=Seattle"
    ```
    ## Input Validation
    ### Coordinates
    - **Latitude**: -90 to 90 (decimal degrees)
    ## Logging
    - `INFO`: Normal requests

Such a part states rules the service applies to whatever it is sent (the characters a name may hold, the range
of a latitude), what it does around a request (a limit, a cache, the headers of its answers) or what it writes to
its own log; its bold labels and coded words are the rule's facets, the log's levels and the answer's headers,
never what a caller sends. Yet the owner logic may give it a route: the one a curl in it calls to show the
behaviour (a request that gets rate-limited), or, in a flat layout, the route named last before it. So the part
belongs to no operation when no heading on its path names a route, and the only mentions on its path and under
it are example requests (curl, raw HTTP) of routes the document states elsewhere with a request line or a route
table: examples of the API's routes, not a statement of one. A part naming a route itself (`### Rate limits of
POST /upload`, a request line in it) stays that route's."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_BEHAVIOUR_HEADING = re.compile(
    r"\b(?:(?:input |request |parameter )?validation|rate[- ]limit(?:s|ing|er)?|throttl(?:e|ing)|"
    r"(?:response )?caching|logging|log levels?|cors|cross[- ]origin(?: resource sharing)?)\b",
    re.I,
)
_EXAMPLES = ("curl", "http")


def behaviour_sections(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """The owners, without the parts about the service's behaviour on every request that state no route."""
    stated = {endpoint_key(m) for found in mentions for m in found if m.kind in ("line", "table")}
    named: dict[tuple[str, ...], list[Mention]] = {}
    for section, found in zip(doc.sections, mentions, strict=True):
        named.setdefault(section.path, []).extend(found)
    result = list(owners)
    for index, section in enumerate(doc.sections):
        path = section.path
        if result[index] is None or len(path) < 2:
            continue
        titles = path[1:]  # not the document's own title ("Rate Limiting API")
        if not any(_BEHAVIOUR_HEADING.search(title) for title in titles):
            continue
        near = [m for other, found in named.items() if _related(other, path) for m in found]
        if all(m.kind in _EXAMPLES and endpoint_key(m) in stated for m in near):
            result[index] = None
    return result


def _related(other: tuple[str, ...], path: tuple[str, ...]) -> bool:
    """`other` is a heading on `path` (the part or one above it) or a part under it."""
    return path[: len(other)] == other or other[: len(path)] == path
