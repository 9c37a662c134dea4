"""A section named by a bare path relative to the naming section's own path.

"**Query Parameters:** Same as `/extremes`" under `### GET /tides/timeline` points at `### GET /tides/extremes`:
the path names a sibling route, written from the prefix the two share (`/tides`), the way a list of routes under
one mount writes them. "Same as `/stations/:id/extremes`" under `GET /tides/stations/:id/timeline` is
`GET /tides/stations/:id/extremes` the same way. The reference states no method: the section it names is one of
the naming section's method. A path that names a section as written (an absolute path) is that section.
"""

from __future__ import annotations

import re

from .requests import path_key, request_lines, split_target


def relative_keys(reference: str, title: str) -> list[str]:
    """The title keys (`GET /tides/extremes`) a bare path `reference` may name from a section titled `title`:
    the path as written, then under each prefix of the title's own path, the longest first; [] when the
    reference is no bare path or the title states no single request line."""
    bare = re.sub(r"[`*]+", "", reference).strip()
    if not re.fullmatch(r"/[^\s]*", bare) or request_lines(bare):
        return []
    lines = request_lines(title)
    if len(lines) != 1:
        return []
    _, method, raw = lines[0]
    segments = split_target(raw).path.rstrip("/").split("/")
    prefixes = ["", *("/".join(segments[:end]) for end in range(len(segments) - 1, 1, -1))]
    keys: list[str] = []
    for prefix in prefixes:
        key = f"{method} {path_key(split_target(prefix + bare).path)}"
        if key not in keys:
            keys.append(key)
    return keys
