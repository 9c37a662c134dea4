"""A URL template with an optional tail, listed beside example URLs: `http://<server>:<port>/<name>/<action>
[/parameter_1/parameter_2]` over `http://192.168.0.100:8000/Study/volume/50`.

The bracketed tail is a run of optional segments (often of variable count), not a fixed part of the path: the
route is the template before it. A concrete path listed beside such a template that fits it, with or without
further segments, and stated without a method as the template is, is an example of it (`/Study/volume`,
`/Study/volume/50`), not a route of its own. Concrete paths that do not fit it (`/cancel_async`) are kept.
"""

from __future__ import annotations

from .mention import Mention
from .templating import fits_template

_TAIL = "[/"


def tailed_templates(mentions: list[list[Mention]]) -> None:
    """Cut the optional tail of each listed template (`/{name}/{action}[/p1/p2]` -> `/{name}/{action}`) and drop
    the listed paths that are examples of such a template."""
    tailed = {
        base
        for found in mentions
        for m in found
        if _TAIL in m.target.path and "{" in (base := m.target.path.split(_TAIL, 1)[0]) and base.strip("/")
    }
    if not tailed:
        return
    for found in mentions:
        kept = []
        for m in found:
            path = m.target.path
            if _TAIL in path:
                base = path.split(_TAIL, 1)[0]
                if base in tailed:
                    m.target.path = base
                    kept.append(m)
                    continue
            if m.inferred and path not in tailed and any(_example_of(path, t) for t in tailed):
                continue
            kept.append(m)
        found[:] = kept


def _example_of(path: str, template: str) -> bool:
    """`path` fits `template`, or its first segments do (the rest being the optional tail)."""
    width = template.count("/")
    segments = path.split("/")
    return len(segments) > width and fits_template("/".join(segments[: width + 1]), template)
