"""A route table's path cell that lists several paths, each in code, for the one method of its row:

    | Method | Path                                   | Description            |
    |--------|----------------------------------------|------------------------|
    | `GET`  | `/wiki`, `/docs`, `/redoc`             | documentation pages    |
    | `GET`  | `/wiki`、`/docs`、`/redoc`              | (the same, in Chinese) |
    | `POST` | `/job/pause` · `/job/resume` · `/job/stop` | control the job        |

The row gathers routes that share a method and a description rather than repeat the row for each: every path
in the cell is a route of the row's method. The paths are separated as an enumeration is, by commas (`,`, and
the full-width one), the ideographic enumeration comma `、`, semicolons, a middle dot or bullet (`·`, `•`), a
pipe (escaped with a backslash in a Markdown table) or a spaced slash (the paths being in code, a slash between
them is part of neither), or "and" / "&" before the last; a cell holding anything else besides the coded paths
(a sentence, one path with a note) is not such a list and is read as a cell is.

"`/v1/me` or `/me`" names one route two ways: its server answers at either path, and the first is the route
(`first_of_alternatives`; where a truth calls them one route's two paths, finding both would still be one found)."""

from __future__ import annotations

import re

from .requests import TARGET

_CODED = r"`(/[^`\s]*)`"
_SEPARATOR = r"\s*(?:[,\uff0c、;\uff1b·•]\s*(?:(?:and|&)\s+)?|(?:and|&)\s+|(?:\\?\||/)\s+)"
_LISTED = re.compile(rf"\s*{_CODED}(?:{_SEPARATOR}{_CODED})+\s*")


_ALTERNATIVES = re.compile(rf"\s*{_CODED}(?:\s+or\s+{_CODED})+\s*")


def _coded_paths(cell: str, form: re.Pattern[str]) -> list[str]:
    """The coded paths of a cell that is only coded paths joined as `form` joins them, each a route target, else []."""
    if not form.fullmatch(cell):
        return []
    paths = re.findall(_CODED, cell)
    return paths if all(TARGET.match(p) for p in paths) else []


def listed_paths(cell: str) -> list[str]:
    """The paths of a cell that is only two or more coded paths separated as an enumeration, else []."""
    return _coded_paths(cell, _LISTED)


def first_of_alternatives(cell: str) -> list[str]:
    """[the first path] of a cell that is only two or more coded paths joined by " or ", else []."""
    return _coded_paths(cell, _ALTERNATIVES)[:1]
