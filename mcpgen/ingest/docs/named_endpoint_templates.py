"""A request line whose last segment is a placeholder named for the endpoint itself, on a page that states the
endpoints it stands for:

    All endpoints respond to `HTTP POST`. The request body must be JSON with a required `md` key.

        POST http://localhost:27272/{endpoint}

    #### Required Body JSON Value          (a table: `md`)

    ## html
        POST http://localhost:27272/html
    ## latex
        POST http://localhost:27272/latex

`{endpoint}` (`{route}`, `{action}`, `{operation}`, `{command}`, `{function}`) names no value of one route: it is
a slot for the name of each endpoint the page goes on to state, and the line with what is stated under it (its
body tables, its query) describes what every one of them takes. So it is no operation of its own: it is left out,
and its parameters (those not of its path) go to each route that fills the slot with a literal word, with the same
method and the same path before it. A filling route's own statement of a parameter stands, except that where the
template states whether it is needed and the route knows it only from an example, the template's word counts.

Read only where two routes at least fill the slot: a placeholder of that name beside no such routes (a proxy's
`GET /{endpoint}` forwarding any path, whose values the page never lists as routes) is a route as written, and a
placeholder named for a value (`/{id}`, `/{bucket}`, `/{resource}`) is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .endpoint import ORIGIN_RANK, Endpoint
from .params import Param
from .requests import path_key

_SLOT = re.compile(
    r"^(?P<head>(?:/[^/{}]+)*)/\{(?:endpoint|route|action|operation|command|function)(?:_?name)?\}/?$", re.I
)
MIN_FILLERS = 2


def named_endpoint_templates(
    endpoints: dict[tuple[str, str], Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Drop each template standing for the page's endpoints, its parameters given to them (see the module)."""
    for key, template in list(endpoints.items()):
        slot = _SLOT.match(template.path)
        if slot is None:
            continue
        head = path_key(slot["head"])
        fillers = [
            e
            for e in endpoints.values()
            if e is not template
            and e.method == template.method
            and "{" not in e.path
            and (match := re.fullmatch(r"(?P<head>.*)/(?P<word>[\w.-]+)/?", e.path)) is not None
            and path_key(match["head"]) == head
        ]
        if len(fillers) < MIN_FILLERS:
            continue
        del endpoints[key]
        for endpoint in fillers:
            for (name, location), param in template.params.items():
                if location == "path":
                    continue
                known = endpoint.params.get((name, location))
                surer = ORIGIN_RANK.get(param.origin, 0) > ORIGIN_RANK.get(known.origin, 0) if known else False
                if known is not None and surer and param.required is not None:
                    known.required = param.required
                add(endpoint, replace(param))
            endpoint.body_kind = endpoint.body_kind or template.body_kind


__all__ = ["named_endpoint_templates"]
