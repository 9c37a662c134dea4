"""A route table's path cell that writes one route two ways, each path in code, joined by "or":

    | Method | Path                  | Description      |
    |--------|-----------------------|------------------|
    | `GET`  | `/v1/me` or `/me`     | The caller       |

"or" between two coded paths names one route its server answers at either path, not one path with "or" in it: the
first path is the route (the others are its other names). A cell listing paths by commas, "and", a middle dot or a
spaced slash names a route each (`listed_paths.py`; `/docs` / `/redoc` are two pages, and where a truth calls them
one route's two paths, finding both is still one route found).
"""

from __future__ import annotations

import re

from .requests import TARGET

_CODED = r"`(/[^`\s]*)`"
_ALTERNATIVES = re.compile(rf"\s*{_CODED}(?:\s+or\s+{_CODED})+\s*")


def first_of_alternatives(cell: str) -> list[str]:
    """[the first path] of a cell that is only two or more coded paths joined by " or ", else []."""
    if not _ALTERNATIVES.fullmatch(cell):
        return []
    paths = re.findall(_CODED, cell)
    return paths[:1] if all(TARGET.match(p) for p in paths) else []
