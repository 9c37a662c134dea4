"""Body fields a field table or list names with a dotted path, each a member of an object field:

    | Field            | Type   | Required | Description         |
    |------------------|--------|----------|---------------------|
    | `state`          | any    | yes      | the input           |
    | `policy.model`   | string | no       | which model         |
    | `policy.timeout` | int    | no       | how long to wait    |

`policy.model` is the `model` key of the object sent as `policy` (`{"state": ..., "policy": {"model": ...}}`),
the way a reference writes the members of a nested object without a table of their own. Read as a name, the
request would send a key `policy.model` at the top level, which the API does not take: the dotted rows are the
object's members, and `policy` is the top-level field. The object itself is a row of the table or not (when only
its members are listed, the table states it through them).

Read only for a body, and only where the prefix is plainly an object: a row of its own, or the head of two
dotted rows or more. A single dotted name with no row for its head may be a key that holds a dot (a setting
such as `index.refresh_interval`, a behaviour's dotted name), and is left as it is. A query parameter's dots
(`filter.names=...`) are part of the name the URL sends, and are never read so."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .endpoint import Endpoint

_DOTTED = re.compile(r"(?P<head>[A-Za-z_]\w*)(?P<rest>(?:\.[A-Za-z_]\w*(?:\[\])?)+)")
"""`a.b.c`, and `a.b.items[]`: a member that is itself an array (`properties.dataDisks[] (object)`, the way Sphinx's
httpdomain and other renderers of a schema write an array member), sent inside `a` as `a[b][items][]`."""
_LISTED = ("table", "list", "definition list")
"""Where the rows come from: a field table, list or definition list (not a JSON example's literal keys)."""


def nest_dotted_fields(endpoint: Endpoint) -> None:
    """Rename the endpoint's dotted body fields `a.b.c` as members of `a` (`a[b][c]`, `a[][b]` when `a` is
    an array), where `a` is a body field too or heads two dotted fields or more."""
    fields = [p for (_, location), p in endpoint.params.items() if location == "body"]
    dotted = {p.name: m for p in fields if p.origin in _LISTED and (m := _DOTTED.fullmatch(p.name))}
    if not dotted:
        return
    heads = Counter(m["head"] for m in dotted.values())
    rows = {p.name: p for p in fields}
    params = {}
    for key, param in endpoint.params.items():
        match = dotted.get(param.name) if key[1] == "body" else None
        if match is None or (match["head"] not in rows and heads[match["head"]] < 2):
            params[key] = param
            continue
        head = rows.get(match["head"])
        parts = match["rest"][1:].split(".")
        keys = "".join(f"[{k.removesuffix('[]')}]" + ("[]" if k.endswith("[]") else "") for k in parts)
        name = match["head"] + ("[]" if head is not None and head.type == "array" else "") + keys
        params[(name, "body")] = replace(param, name=name)
    endpoint.params = params
