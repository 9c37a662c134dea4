"""An input named by saying the request is made again without it, in a paragraph that names its routes:

    `GET /v1/changes` names each message changed since the `state` of an earlier answer. `GET
    /v1/accounts/{account_id}/changes` does the same for one account. A state too old answers `410`, and the
    client starts again without `since`.

To start a request again (try, call, fetch it again) without a name is to leave out an input the request
otherwise sends: the name is an input of the routes the paragraph names, one they can go without (optional), in
the query of a request without a body and in the body of one with a body. Only a coded name after "again
without" (or "anew", "over") is read: "without `sudo`" alone, or "without the `Authorization` header" of a
credential, names no input of the route.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import auth
from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_AGAIN_WITHOUT = re.compile(
    r"(?i)\b(?:starts?|begins?|tries|try|retr(?:y|ies)|calls?|asks?|requests?|fetch(?:es)?|polls?|sends?)\s+"
    r"(?:it\s+|them\s+|the\s+request\s+)?(?:again|anew|over)\s+without\s+(?:an?\s+|the\s+)?"
    r"`(?P<name>[A-Za-z_][\w.-]*)`"
)


def dropped_inputs(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, optional input) for each name a paragraph says its routes are requested again without."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            names = [m["name"] for m in _AGAIN_WITHOUT.finditer(block.text)]
            if not names:
                continue
            keys = dict.fromkeys((m, path_key(split_target(raw).path)) for _, m, raw in request_lines(block.text))
            for endpoint in (endpoints[key] for key in keys if key in endpoints):
                location = "body" if endpoint.method in ("POST", "PUT", "PATCH") else "query"
                for name in names:
                    if (name, location) not in endpoint.params and not auth.is_credential(name, location):
                        yield endpoint, Param(name, location, block.where, False, origin="prose")


__all__ = ["dropped_inputs"]
