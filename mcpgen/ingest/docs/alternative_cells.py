"""A route table's path cell that writes one route two ways, each path in code, joined by a slash or "or":

    | Method | Path                | Description                        |
    |--------|---------------------|------------------------------------|
    | `GET`  | `/docs` / `/redoc`  | Interactive API docs (Swagger / ReDoc) |

A slash between two coded paths is the "either" of running text (like "Swagger / ReDoc" in the description): the
row is one route its server answers at either path, not two routes, and not one path with the slash in it. The
first path is the route (the others are its other names). A cell listing paths by commas or "and" names several
routes (`listed_paths.py`); a slash inside one coded path is part of that path.
"""

from __future__ import annotations

import re

from .requests import TARGET

_CODED = r"`(/[^`\s]*)`"
_ALTERNATIVES = re.compile(rf"\s*{_CODED}(?:\s+(?:/|or)\s+{_CODED})+\s*")


def first_of_alternatives(cell: str) -> list[str]:
    """[the first path] of a cell that is only two or more coded paths joined by " / " or " or ", else []."""
    if not _ALTERNATIVES.fullmatch(cell):
        return []
    paths = re.findall(_CODED, cell)
    return paths[:1] if all(TARGET.match(p) for p in paths) else []
