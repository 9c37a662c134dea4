"""A route table written as the code that declares it: an array of object literals, each naming a path and its
method (or methods):

    MyPlugin.routes = [
      { path: '$namespace/items/:id', methods: ['get', 'post'], handler: 'getItem' },
      { path: '/status', method: 'GET', handler: 'status' }
    ]

Plugin systems and routers that take routes as data (Koop output plugins, hapi's `server.route([...])`, Express
route arrays) are documented by showing that array: each object is one route, and each method it lists one
operation of that route, in the order written. The path is written as the router takes it: a leading slash may be
left out (the router adds it), `:name` and `$name` segments are placeholders, a trailing `*` a wildcard kept as
written. The other keys (`handler`, `config`) name code, not inputs. Only an object whose `path` is a quoted
string and whose `method`/`methods` is a quoted HTTP method or an array of them is read, in a code block holding
two such objects at least, every object with a path among them naming its methods so: an object with a path
alone, or a method that is a variable, makes the block no route table (a list of rules that match requests by
path pattern, some for any method, is not one).
"""

from __future__ import annotations

import re

from .blocks import Block, Where
from .mention import Mention
from .requests import METHODS, split_target

_OBJECT = re.compile(r"\{[^{}]*\}")
_PATH = re.compile(r"""(?<![\w$])['"]?path['"]?\s*:\s*(?P<q>['"`])(?P<path>[^'"`\s]*)(?P=q)""")
_METHODS = re.compile(
    r"""(?<![\w$])['"]?methods?['"]?\s*:\s*(?:\[(?P<list>[^\[\]]*)\]|(?P<q>['"`])(?P<one>[A-Za-z]+)(?P=q))"""
)
_LISTED = re.compile(r"""\s*(?P<q>['"`])(?P<method>[A-Za-z]+)(?P=q)\s*""")


def _methods(match: re.Match[str]) -> list[str]:
    """The HTTP methods a `method`/`methods` value names, upper case; [] when any part is no quoted method."""
    if match["one"] is not None:
        names = [match["one"]]
    else:
        parts = [p for p in match["list"].split(",") if p.strip()]
        listed = [_LISTED.fullmatch(p) for p in parts]
        if not parts or any(m is None for m in listed):
            return []
        names = [m["method"] for m in listed if m is not None]
    if any(name.upper() not in METHODS for name in names):
        return []
    return [name.upper() for name in names]


def route_objects(block: Block) -> list[Mention]:
    """The operations the route objects of a code block declare (see the module docstring)."""
    if block.kind != "code" or "path" not in block.text:
        return []
    routes: list[tuple[int, str, list[str]]] = []
    for obj in _OBJECT.finditer(block.text):
        path, methods = _PATH.search(obj[0]), _METHODS.search(obj[0])
        if path is None:
            continue
        named = _methods(methods) if methods is not None else []
        if not named or not path["path"] or "://" in path["path"]:
            return []  # a path with no method: rules matching requests (`{"path": "/x/*", "delay": 2}`), no table
        routes.append((block.text.count("\n", 0, obj.start()), path["path"], named))
    if len(routes) < 2:
        return []
    found = []
    for offset, path, named in routes:
        at = block.where.line + offset if block.where.line is not None else None
        where = Where(block.where.file, at, block.where.page, block.where.section)
        written = path if path.startswith("/") else "/" + path
        found.extend(Mention(method, split_target(written), where, "line") for method in named)
    return found


__all__ = ["route_objects"]
