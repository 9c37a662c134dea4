"""A request prose states by its method and a path written relative to the API's base, with no leading slash:

    ... then instead of showing a login form, send another HTTP POST call to `user/external_login`.

beside routes the document states in full, `POST /api/user/create`, `POST /api/user/login`. A page that says its
calls live under a base URI ("registered under the `user` namespace ... with the base URI `/api`") writes a call
from that base when it names one in passing. The relative path's first segment is then a segment the stated
routes all carry right after one shared prefix (`/api` before `user/`): the call is that route under the prefix,
`POST /api/user/external_login`. A relative path whose first segment no stated route carries, or carries after
different prefixes, is left alone: nothing says where it is mounted.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS, split_target

_CALL = re.compile(
    rf"\b(?:HTTP\s+)?`?(?P<method>{'|'.join(METHODS)})`?\s+(?:API\s+)?(?:call|request)s?\s+(?:to|against)\s*:?\s*"
    r"`(?P<path>[A-Za-z_][\w.-]*(?:/[\w.:{}<>-]+)+)`"
)


def relative_calls(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add to each section the calls its prose makes to a path relative to the stated routes' base (see the
    module), when that base is one and the route is not stated already."""
    stated = [m for found in mentions for m in found if m.kind == "line" and m.target.path.startswith("/")]
    known = {(m.method, m.target.path) for m in stated}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind != "text":
                continue
            for match in _CALL.finditer(" ".join(block.text.split())):
                first = match["path"].split("/", 1)[0]
                prefixes = {m.target.path.split(f"/{first}/", 1)[0] for m in stated if f"/{first}/" in m.target.path}
                if len(prefixes) != 1:
                    continue
                path = f"{prefixes.pop()}/{match['path']}"
                if (match["method"], path) not in known:
                    known.add((match["method"], path))
                    found.append(Mention(match["method"], split_target(path), block.where, "line", prose=True))


__all__ = ["relative_calls"]
