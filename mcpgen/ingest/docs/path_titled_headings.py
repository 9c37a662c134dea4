"""Headings that open with a route's path, written with no method, and then (after a space, with no separator)
the route's title:

    ## /api/push 应用内透传
    ...
    ## /api/uid/bind 绑定UID和pushId

A reference that titles each of its routes so (the path first, then what it does, in any language) starts the
part about another route at each such heading. In a flat layout a section that states no request of its own
continues the endpoint named last before it (`owners.section_owners`); a heading that opens with a different path
is no continuation of that endpoint: what it holds (its parameters, its examples, its response) belongs to the
route it names, not to the request shown in the part before. A heading that opens with the same path as that
endpoint (`## /pets (continued)`), a path of the file system (`/usr/share/app`), and a heading that opens with a
method (`## GET /pets`, read by the request-line rules) or with words (`## Calling /pets`) are left alone.
"""

from __future__ import annotations

import re

from .file_system_paths import installed_path
from .requests import METHODS, path_key

_TITLED = re.compile(r"^\s*(?P<tick>`?)(?P<path>/[\w.~{}<>:$/-]*[A-Za-z][\w.~{}<>:$/-]*)(?P=tick)(?:\s+\S.*)?$")


def titled_path(title: str) -> str | None:
    """The path key of the route a heading opens with (`/api/push 应用内透传`), else None."""
    match = _TITLED.match(title)
    if match is None or installed_path(match["path"]):
        return None
    rest = title[match.end("path") + len(match["tick"]) :].split()  # the words after the path
    if rest and rest[0].strip("`*_:") in METHODS:
        return None  # `/pets GET`: a request line written backwards, for the request-line rules
    return path_key(match["path"])
