"""An example request whose query string lost its "?" and is glued to the route's last segment:
`curl http://host/api/users/41/validatepassword=foo&otp=cccc` where the document states
`GET or POST http://<host>/api/users/<id>/validate`.

A path segment does not hold `name=value` pairs joined by "&": that is a query string. When the segment, cut before its
first `name=`, leaves the literal last segment of a route another line of the document states with the same method (the
example a use of its template), the example is that route's, the "?" missed out in the writing: it is read so, the pairs
as its query, not as a route of its own. So is a whole segment of such pairs after a route the document states, a slash
written for the "?" (`GET /v1/rca/alarm_id=ALARM%3A1 HTTP/1.1` under `GET /v1/rca`). A segment no stated route explains
is left as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import Mention
from .requests import path_key
from .templating import example_of

_PAIRS = re.compile(r"[A-Za-z_][\w.-]*=[^&/=]*(?:&[A-Za-z_][\w.-]*=[^&/=]*)*")


def mend_glued_queries(mentions: list[list[Mention]]) -> None:
    """Give each example request whose last segment ends in glued `name=value` pairs the route it is a use of."""
    stated = {(m.method, path_key(m.target.path)) for found in mentions for m in found if m.kind == "line"}
    for found in mentions:
        for index, mention in enumerate(found):
            if mention.kind in ("curl", "http") and (mended := _mended(mention, stated)) is not None:
                found[index] = mended


def _mended(mention: Mention, stated: set[tuple[str, str]]) -> Mention | None:
    head, _, last = mention.target.path.rpartition("/")
    if "=" not in last or "?" in last:
        return None
    for cut in range(len(last)):
        if not _PAIRS.fullmatch(last[cut:]) or not re.match(r"[A-Za-z_]", last[cut:]):
            continue
        path = f"{head}/{last[:cut]}" if cut else head or "/"
        query = [(name, value, False) for name, _, value in (pair.partition("=") for pair in last[cut:].split("&"))]
        mended = replace(mention, target=replace(mention.target, path=path, query=query), written="")
        if cut == 0 and (mention.method, path_key(path)) in stated:  # `GET /v1/rca/alarm_id=x`: a slash for "?"
            return mended
        if cut and any(key[1].rsplit("/", 1)[-1] == last[:cut] and example_of(mended, key) for key in stated):
            return mended
    return None


__all__ = ["mend_glued_queries"]
