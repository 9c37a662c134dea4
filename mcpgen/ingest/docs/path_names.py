"""A parameter listed with no location, named as a placeholder of its route's path (Sphinx prints httpdomain's
`:param vm_name:` under a bare "Parameters:"), is that path segment, when the document states the request's body
elsewhere and its fields do not include the name: not a body field of the same name beside the segment. Where no
body is stated, the unplaced name is left to be read as before (it may be the body's field of that name)."""

from __future__ import annotations

from .endpoint import Endpoint
from .params import Param


def path_segment(endpoint: Endpoint, param: Param, params: list[Param]) -> bool:
    """`param` has no stated location, is the path placeholder `{name}` of `endpoint`, and the body fields the
    document states for it (`params`) are others."""
    if param.location or "{" + param.name + "}" not in endpoint.path:
        return False
    return any(p.location == "body" and not p.location_guessed for p in params if p is not param)
