"""A parameter a table or list puts in the path of a route whose path has no segment for it.

"`GET /v1/project/<project_id>/volumes`" over a parameter table whose rows say `start` and `end` are In `path`:
the template names only `project_id`, so the path cannot carry the other two, and a request without a body
(GET, HEAD, DELETE) has one other place for a named input, its query string. The row's location is then a
slip, and the parameter is read as a query parameter; nothing says it must be sent (the only thing that would,
its being a path segment, is what the template denies), so it is optional. A name that is a variant of one of
the template's placeholders (`id` where the path says `{user_id}`, a different spelling) is that placeholder
written otherwise, not a second input, and is left out as before; so is any such row of a request with a body,
where the query string and the body are both open to it, and any path parameter that no table row placed there
(a declaration read under a heading that carries no location of its own).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .params import Param

_BODYLESS = ("GET", "HEAD", "DELETE")


def unplaced_path_param(method: str, path: str, param: Param) -> Param | None:
    """The query parameter a path parameter the template lacks stands for, or None when it is not one."""
    if method not in _BODYLESS or param.origin != "table" or param.location_guessed:
        return None  # only a table row's stated location is a slip to mend; other readers' guesses are not
    if not re.fullmatch(r"[A-Za-z_][\w.-]*", param.name):
        return None
    name = _squashed(param.name)
    if any(name in _squashed(p) or _squashed(p) in name for p in re.findall(r"\{([^{}]+)\}", path)):
        return None  # the template's own placeholder, spelled otherwise
    return replace(param, location="query", required=None)


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())
