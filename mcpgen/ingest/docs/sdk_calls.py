"""The arguments of an operation called through a generated client, in a snippet of the section that describes
the operation: `api.devices.getDevices({fields: 'serial,using,ready'})` under `GET /devices`. A client generated
from the API's description (Swagger's, OpenAPI generators') names each operation on a group of its object
(`client.<tag>.<operationId>`) and takes the operation's parameters as one object of `name: value` pairs, so the
keys are the operation's parameters: a key named like a placeholder of the path fills the path; the others, for a
request without a body, go in the query. A key some call of the snippet leaves out is optional.

Read only for requests without a body (a body's fields may be wrapped in an argument named after the body), only
calls of three names joined by dots with one object literal of plain values (strings, numbers, booleans), and only
where every such call of the snippet is of one operation: a snippet calling several operations shows a workflow,
not one operation's arguments.
"""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param, valid_name

_CALL = re.compile(
    r"(?<![\w.$])(?:[A-Za-z_$][\w$]*)\.(?:[A-Za-z_$][\w$]*)\.(?P<operation>[A-Za-z_$][\w$]*)"
    r"\(\s*(?:\{(?P<pairs>[^{}()]*)\}\s*)?\)"
)
_VALUE = r"""(?:'[^']*'|"[^"]*"|-?\d[\d.]*|true|false)"""
_PAIR = re.compile(rf"""\s*['"]?(?P<key>[A-Za-z_$][\w$-]*)['"]?\s*:\s*{_VALUE}\s*(?:,|$)""")


def _pairs(text: str) -> list[str] | None:
    """The keys of an object literal of plain values; None when any value is something else."""
    keys, at = [], 0
    while at < len(text.rstrip()):
        match = _PAIR.match(text, at)
        if match is None:
            return None
        keys.append(match["key"])
        at = match.end()
    return keys


def client_call_arguments(block: Block, method: str, path: str) -> list[Param]:
    """The parameters a snippet's generated-client calls of one operation pass, for a request without a body."""
    if block.kind != "code" or method not in ("GET", "DELETE", "HEAD"):
        return []
    calls = list(_CALL.finditer(block.text))
    if not calls or len({c["operation"] for c in calls}) != 1:
        return []
    shown = [_pairs(c["pairs"] or "") for c in calls]
    if any(keys is None for keys in shown):
        return []
    placeholders = set(re.findall(r"\{([^}]+)\}", path))
    names = list(dict.fromkeys(k for keys in shown for k in keys or [] if k not in placeholders))
    found = []
    for name in (n for n in names if valid_name(n)):
        required = False if any(name not in (keys or []) for keys in shown) else None
        found.append(Param(name, "query", block.where, required, origin="example request"))
    return found


__all__ = ["client_call_arguments"]
