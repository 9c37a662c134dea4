"""A parameter listed with no location, named as a placeholder of its route's path (Sphinx prints httpdomain's
`:param vm_name:` under a bare "Parameters:"), is that path segment, when the document states the request's body
elsewhere and its fields do not include the name, or an example request sends a body that leaves the name out
(`PUT /things/42` with `{ title: 'Lamp' }`: the value is in the URL already): not a body field of the same name
beside the segment. Where no body is stated, the unplaced name is left to be read as before (it may be the
body's field of that name), unless the unplaced names include every placeholder of a route that has two or more
(`{subscriptionId}`, `{resourceGroupName}`, `{vmName}`, each listed under "Parameters:"): a list that walks the
route's segments one by one describes the route, and a body that repeats each segment of its own URL is not what
such a list says."""

from __future__ import annotations

import re

from .endpoint import Endpoint
from .params import Param


def path_segment(endpoint: Endpoint, param: Param, params: list[Param]) -> bool:
    """`param` has no stated location, is the path placeholder `{name}` of `endpoint`, and the body fields the
    document states for it (`params`) are others, or every placeholder of the path (two or more) is unplaced."""
    if param.location or "{" + param.name + "}" not in endpoint.path:
        return False
    if any(p.location == "body" and not p.location_guessed for p in params if p is not param):
        return True
    if any(isinstance(sent, dict) and sent and param.name not in sent for sent in endpoint.request_examples):
        return True  # the body an example sends leaves it out: the path's value, not a field

    placeholders = set(re.findall(r"\{([^{}]+)\}", endpoint.path))
    # (a name read here already is "path" by now: it was unplaced too, unlike the path template's own)
    unplaced = {p.name for p in params if p.location in ("", "path") and p.origin != "path template"}
    return len(placeholders) >= 2 and placeholders <= unplaced
