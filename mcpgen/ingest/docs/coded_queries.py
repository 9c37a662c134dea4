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
from contextvars import ContextVar

_QUERY = re.compile(r"[A-Za-z_][\w.\-\[\]]*(?:=[^&=\s`]*)?(?:&[A-Za-z_][\w.\-\[\]]*(?:=[^&=\s`]*)?)*")
"""`left=v&top=v`, `projection=EPSG:3857`: name=value pairs joined by `&`."""
_ANGLED = re.compile(r"<(?P<name>[A-Za-z_]\w*)>")
"""`<id>`: a placeholder in angle brackets, a whole segment or a part of one (`/rss/<id>.xml`, `<id>-<mode>.xml`)."""


FOLDER_CODED: ContextVar[int] = ContextVar("folder_coded", default=0)
"""The most routes written in code one page of the folder being read states (`folder_pages`)."""


def coded_enough(coded: list[list[object]]) -> bool:
    """A page's routes written in code state its API: three or more, or any where another page of its folder
    states three or more so."""
    return sum(map(len, coded)) >= 3 or (any(coded) and FOLDER_CODED.get() >= 3)


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
    path = _ANGLED.sub(r"{\g<name>}", path)  # `/rss/<id>.xml`: the placeholder written in angle brackets
    if not re.fullmatch(r"[\w{}/.,@+:-]+", path):
        return None
    return path + mark + query
