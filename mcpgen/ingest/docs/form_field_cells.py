"""A form field written the way `curl -F` writes it, in a route table's notes or description cell:

    | Method | Path       | Notes                                             |
    |--------|------------|---------------------------------------------------|
    | `POST` | `/uploads` | multipart `file=@photo.jpg` (+ optional `tag=x`)  |

A coded `name=@value` is a multipart form field carrying a file (curl's `-F name=@path` sends the named file as
that field), a body field of a request that carries one (POST, PUT, PATCH). Where the cell calls another field
optional beside it ("(+ optional `tag=x`)"), it draws a contrast: the optional one may be left out, the file is
the one the request cannot go without. Without that contrast nothing is said of whether the file is needed, and
the rules that read a cell's coded names (`body_cells.py`) read it. Only a cell with a file field is read so:
elsewhere a coded `name=value` is as often a setting or an example answer.

Left alone: a file field in the cell of a GET or DELETE (no body to carry it), `@` not right after the `=`
(`user=me@host`, an address), a cell with no file field, and a file field with no optional one beside it.
"""

from __future__ import annotations

import re

_FILE_FIELD = re.compile(r"`(?:-F\s+|--form\s+)?(?P<name>[A-Za-z_][\w.\[\]-]*)=@[^`\s]*`")
_OPTIONAL = re.compile(
    r"(?i)\boptional(?:ly)?\s*:?\s*`(?:-F\s+|--form\s+)?(?P<name>[A-Za-z_][\w.\[\]-]*)(?:=[^`\s]*)?`"
)
_BODIED = {"POST", "PUT", "PATCH"}


def form_field_cell_params(cell: str, method: str) -> list[tuple[str, bool | None]]:
    """(name, required) for each form field a `method` request's table cell writes curl's way (see the module)."""
    if method not in _BODIED:
        return []
    files = [m["name"] for m in _FILE_FIELD.finditer(cell)]
    if not files:
        return []
    optional = [m["name"] for m in _OPTIONAL.finditer(cell) if m["name"] not in files]
    if not optional:  # no contrast drawn: whether the file is needed is not said (other rules read the field)
        return []
    return [*((name, True) for name in files), *((name, False) for name in optional)]


__all__ = ["form_field_cell_params"]
