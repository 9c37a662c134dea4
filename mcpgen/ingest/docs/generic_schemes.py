"""A page's generic URL scheme, written once before the services that fill it in:

    http://{server}/{service}/{version}/{profile}/{coordinates}[.{format}]?option=value

    ## Service `nearest`
    http://{server}/nearest/v1/{profile}/{coordinates}.json?number={number}
    ## Service `route`
    http://{server}/route/v1/{profile}/{coordinates}?alternatives={true|false}

A template whose every segment is a placeholder, where at least two other templates of the page have its shape,
name its leading places in words (a service and its version, `/route/v1/`, `/nearest/v1/`: at least two places,
a different first word each) and leave its other places placeholders, is the form the page's URLs take, not a
route: those routes are its instances, and it is dropped. When its last part is an optional format suffix
(`[.{format}]`), a route of the page that writes that suffix out after its last placeholder (`{coordinates}.json`)
shows the optional format with its value, not a different path: the route is the template without it.

Left alone: an all-placeholder template without two such templates beside it (`/{db}/{docid}` beside concrete
examples `/mydb/42`, its uses; `/{type}/{id}` beside `/users/{id}` and `/{type}/count`, routes of their own
filling one place), and suffixes after a literal (`tile({x},{y},{zoom}).mvt` names a file type of its own).
"""

from __future__ import annotations

import re

from .mention import Mention

_SEGMENT = re.compile(r"\{[^{}/]+\}")
_OPTIONAL_FORMAT = re.compile(r"\[\.\{[A-Za-z_]\w*\}\]$")
_WRITTEN_FORMAT = re.compile(r"(?<=\})\.[A-Za-z][A-Za-z0-9]{1,7}$")


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def _generic(path: str) -> bool:
    segments = _segments(_OPTIONAL_FORMAT.sub("", path))
    return len(segments) >= 2 and all(_SEGMENT.fullmatch(s) for s in segments)


def _instance(path: str, scheme: str) -> bool:
    """`path` is a template of the shape of `scheme` (as many segments, with a written format or not) that names
    its leading places in words (`/route/v1/...`: a service and its version) and leaves the rest placeholders."""
    segments = _segments(_WRITTEN_FORMAT.sub("", path))
    if len(segments) != len(_segments(_OPTIONAL_FORMAT.sub("", scheme))):
        return False
    literal = 0
    while literal < len(segments) and "{" not in segments[literal]:
        literal += 1
    return literal >= 2 and literal < len(segments) and all("{" in s for s in segments[literal:])


def generic_schemes(mentions: list[list[Mention]]) -> None:
    """Drop the page's generic scheme templates, and the optional format its routes write out (see the module)."""
    paths = {m.target.path for found in mentions for m in found}
    schemes = [p for p in paths if _generic(p) and len({_segments(q)[0] for q in paths if _instance(q, p)}) >= 2]
    if not schemes:
        return
    formats = any(_OPTIONAL_FORMAT.search(s) for s in schemes)
    for found in mentions:
        found[:] = [m for m in found if m.target.path not in schemes]
        for m in found:
            if formats and "{" in m.target.path:
                m.target.path = _WRITTEN_FORMAT.sub("", m.target.path)


__all__ = ["generic_schemes"]
