"""A route written as code in a list item or a sentence, with an example query string after it:

    Rich set of RESTful endpoints to extract information from large image formats:
    - Tile serving (`/tiles/{z}/{x}/{y}.png?projection=EPSG:3857`)
    - Individual pixels (`/data/pixel?left=v&top=v`)

On a page that states its routes so (`mentions.coded_templates`: no request line, no list of paths), the query
string is how the page says which query parameters the route takes: `projection` on the tiles, `left` and `top` on
the pixel. The values are examples or stand-ins (`v`, "a value"), never part of the route. Read only when the query
string is plainly one (`name=value` pairs joined by `&`, names of letters, digits, `_`, `-` and `.`); the path
before it is held to what a route is as before (no `...` family of paths, no number alone).
"""

from __future__ import annotations

import re

_QUERY = re.compile(r"[A-Za-z_][\w.\-\[\]]*(?:=[^&=\s`]*)?(?:&[A-Za-z_][\w.\-\[\]]*(?:=[^&=\s`]*)?)*")
"""`left=v&top=v`, `projection=EPSG:3857`: name=value pairs joined by `&`."""


def coded_route(raw: str) -> str | None:
    """The route `raw` (a path written as code) states, its query string kept (`/data/pixel?left=v&top=v`), with
    its optional parts in square brackets left out (`/styles/{id}[/{tileSize}]/{z}`); None when it is no route: an
    example value (`/256`), a family of paths (`/raw/...`), or a query string that is not one."""
    path = raw
    while re.search(r"\[[^\[\]]*\]", path):
        path = re.sub(r"\[[^\[\]]*\]", "", path)
    path, mark, query = path.partition("?")
    if mark and not _QUERY.fullmatch(query):
        return None
    segments = [s for s in path.split("/") if s]
    if not segments or all(s.isdigit() for s in segments) or "..." in path:
        return None
    if not re.fullmatch(r"[\w{}/.,@+:-]+", path):
        return None
    return path + mark + query
