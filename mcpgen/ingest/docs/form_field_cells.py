"""A form field written the way `curl -F` writes it, in a route table's notes or description cell:

    | Method | Path       | Notes                                             |
    |--------|------------|---------------------------------------------------|
    | `POST` | `/uploads` | multipart `file=@photo.jpg` (+ optional `tag=x`)  |

A coded `name=@value` is a multipart form field carrying a file (curl's `-F name=@path` sends the named file as
that field): the cell says the request uploads it, so for a request that carries a body (POST, PUT, PATCH) the
name is a body field the request cannot go without, the file being what the route is for. A coded `name=value`
(or bare `name`) the cell calls optional ("optional `tag=x`", "+ optional `tag`") beside it is a further form
field that may be left out. Only a cell with a file field is read so: elsewhere a coded `name=value` is as often
a setting or an example answer.

Left alone: a file field in the cell of a GET or DELETE (no body to carry it), `@` not right after the `=`
(`user=me@host`, an address), and a cell with no file field.
"""

from __future__ import annotations

import re

_FILE_FIELD = re.compile(r"`(?:-F\s+|--form\s+)?(?P<name>[A-Za-z_][\w.\[\]-]*)=@[^`\s]*`")
_OPTIONAL = re.compile(
    r"(?i)\boptional(?:ly)?\s*:?\s*`(?:-F\s+|--form\s+)?(?P<name>[A-Za-z_][\w.\[\]-]*)(?:=[^`\s]*)?`"
)
_BODIED = {"POST", "PUT", "PATCH"}


def form_field_cell_params(cell: str, method: str) -> list[tuple[str, bool]]:
    """(name, required) for each form field a `method` request's table cell writes curl's way (see the module)."""
    if method not in _BODIED:
        return []
    files = [m["name"] for m in _FILE_FIELD.finditer(cell)]
    if not files:
        return []
    found = dict.fromkeys(files, True)
    for match in _OPTIONAL.finditer(cell):
        found.setdefault(match["name"], False)
    return list(found.items())


__all__ = ["form_field_cell_params"]
