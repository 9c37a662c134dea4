"""A stated base URL deeper than the API's root: a page that says "visit the projects' endpoint at
http://host/api/projects/" gives that URL as where to start, while its routes are written from the origin
(`/api/projects/{id}/`, `/api/runs/{id}/`). A route that starts like the base's path and then leaves it (the
same first segment, another one after) cannot be joined to that base: the routes are written in full, and the
base is the origin alone."""

from __future__ import annotations

import re
from collections.abc import Iterable


def leaves_base(prefix: str, paths: Iterable[str]) -> bool:
    """Whether some route shares the first segment of the base's path `prefix` (`/api/projects`) and then
    leaves it (`/api/runs/1/`); a base of one segment is left by no route written under it."""
    segments = prefix.strip("/").split("/")
    if len(segments) < 2 or not segments[0]:
        return False
    first = f"/{segments[0]}/"
    return any(p.startswith(first) and p != prefix and not p.startswith(prefix + "/") for p in paths)


def url_path(url: str) -> str:
    """The path of an absolute URL, without a trailing slash (`https://host/api/v1/` -> `/api/v1`)."""
    match = re.match(r"^[a-z]+://[^/]+(?P<path>/.*)?$", url)
    return (match.group("path") or "").rstrip("/") if match else ""
