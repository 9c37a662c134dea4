"""A placeholder named for a URL or a path stands for several segments:

    **POST /{record-url}/attachment**

    http --form POST http://localhost:8888/v1/buckets/website/collections/assets/records/c2ce1975-.../attachment

A route written from a placeholder called a URL, a URI or a path (`{record-url}`, `{object_path}`, `<resource
uri>`) is added to the end of whatever address that names, and an address is as many segments as it takes
(`/v1/buckets/website/collections/assets/records/c2ce...`). An example request whose path ends like the template
after it (the literal segments around the placeholder, in place) is a use of that route, filling the
placeholder with the segments in between. A placeholder named otherwise (`{id}`, `{name}`) fills one segment, and
a template with more than one such placeholder is left to fit one segment each (nothing says where one address
ends and the next begins).
"""

from __future__ import annotations

import re

_SPANNING = re.compile(r"\{[\w.-]*?(?:url|uri|path)\}", re.I)


def spanned(template: list[str], segments: list[str]) -> list[str] | None:
    """`template` (split at `/`) with its one URL-named placeholder segment repeated to the length of the concrete
    `segments`, if that makes the lengths match; else None."""
    extra = len(segments) - len(template)
    spanning = [i for i, part in enumerate(template) if _SPANNING.fullmatch(part)]
    if extra <= 0 or len(spanning) != 1:
        return None
    at = spanning[0]
    if not all(segments[at : at + extra + 1]):  # (an empty segment, `//`, fills no address)
        return None
    return template[:at] + [template[at]] * (extra + 1) + template[at + 1 :]
