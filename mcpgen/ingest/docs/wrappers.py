"""Request bodies wrapped in the resource's name: a page lists a body's fields in a table (`region_name | body |
string`) and its request example sends them inside one object named for the resource (`{"pod": {"region_name":
...}}`), as OpenStack APIs do. The fields are that object's members; sent at the top level, they would make a
request the API refuses."""

from __future__ import annotations

from dataclasses import replace

from .endpoint import Endpoint


def wrap_listed_fields(endpoint: Endpoint) -> None:
    """Move the endpoint's listed body fields under the one key its example requests wrap them in."""
    fields = [p for (_, location), p in endpoint.params.items() if location == "body" and "[" not in p.name]
    if not fields or endpoint.method not in ("POST", "PUT", "PATCH"):
        return
    names = {p.name for p in fields}
    wrappers = {
        key
        for example in endpoint.request_examples
        if isinstance(example, dict) and len(example) == 1
        for key, inner in example.items()
        if isinstance(inner, dict) and key not in names and len(set(inner) & names) * 2 >= len(names)
    }
    if len(wrappers) != 1:
        return
    wrapper = wrappers.pop()
    params = {}
    for key, param in endpoint.params.items():
        if key[1] == "body" and param.name in names:
            member = replace(param, name=f"{wrapper}[{param.name}]")
            params[(member.name, "body")] = member
        else:
            params[key] = param
    endpoint.params = params
