"""A code block that lists routes one per line, each a path, a dash and what it is:

    /search          -- the search endpoint
    /health          -- liveness check
    /static/.+       -- static files
    /metrics - counters of the running server

A page that states no request line lists its routes so as it would in a list of ``/path`` items with their
descriptions (`mentions.path_lists`): each line is an operation whose method is the one its description names
alone, else GET (a path one is pointed at is fetched). Every non-blank line of the block must have this shape,
the dash set apart by spaces (so that a command's `--flag` is no separator), and a file system path
(`/usr/local/bin -- binaries`) is no route. A path written as a pattern (`/r/.+`, `/files/*`) names a family of
paths, not one: it counts as a line of the list but gives no route.
"""

from __future__ import annotations

import re

from .requests import METHODS

_LINE = re.compile(r"^\s*(?P<path>/\S*)\s+(?:--?|\u2013|\u2014)\s+(?P<rest>\S.*)$")
_FILE_SYSTEM = re.compile(r"/(?:usr|etc|var|opt|tmp|home|bin|sbin|lib|dev|proc|sys|mnt|root|srv)(?:/|$)")
_PATTERN = re.compile(r"[*+^$|\\()\[\]]")
_NAMED_METHOD = re.compile(r"\b(" + "|".join(METHODS) + r")\b")


def described_path_lines(text: str) -> list[tuple[str, str]]:
    """(method, path) for each line of a code block whose every line is `path -- description`; the path is
    empty for a pattern of paths. No lines when any line has another shape."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    found: list[tuple[str, str]] = []
    for line in lines:
        match = _LINE.match(line)
        if match is None or _FILE_SYSTEM.match(match["path"]):
            return []
        named = set(_NAMED_METHOD.findall(match["rest"]))
        path = "" if _PATTERN.search(match["path"]) else match["path"]
        found.append((named.pop() if len(named) == 1 else "GET", path))
    return found
