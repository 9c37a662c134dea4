"""The shape of the parts of an OpenAPI document that ingest reads: each must be the JSON type the
specification gives it (an object, an array, a string...).

A full validation against the OpenAPI meta-schemas takes 25 s on a large description; this checks only
the members ingest relies on, in a few milliseconds, and names the exact place of each violation. A
value of the wrong type is reported as `error[spec-invalid]` and removed, so the rest of the document
can still be read and every problem is reported in one run.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostics, pointer_join

Shape = tuple[type, ...]
Table = dict[tuple[str, ...], Shape]

_OBJ: Shape = (dict,)
_LIST: Shape = (list,)
_STR: Shape = (str,)
_BOOL: Shape = (bool,)
_SCALAR: Shape = (str, int, float)

_COMMON: Table = {
    ("info",): _OBJ,
    ("info", "title"): _SCALAR,
    ("info", "version"): _SCALAR,
    ("info", "description"): _STR,
    ("security",): _LIST,
    ("security", "*"): _OBJ,
    ("security", "*", "*"): _LIST,
}
_SCHEME: Table = {
    ("type",): _STR,
    ("in",): _STR,
    ("name",): _STR,
    ("scheme",): _STR,
    ("flow",): _STR,
    ("tokenUrl",): _STR,
    ("scopes",): _OBJ,
    ("flows",): _OBJ,
    ("flows", "*"): _OBJ,
    ("flows", "*", "tokenUrl"): _STR,
    ("flows", "*", "scopes"): _OBJ,
}
DOCUMENT_V3: Table = {
    **_COMMON,
    ("servers",): _LIST,
    ("servers", "*"): _OBJ,
    ("servers", "*", "url"): _STR,
    ("servers", "*", "variables"): _OBJ,
    ("servers", "*", "variables", "*"): _OBJ,
    ("components",): _OBJ,
    ("components", "*"): _OBJ,
    ("components", "securitySchemes", "*"): _OBJ,
    **{("components", "securitySchemes", "*", *k): v for k, v in _SCHEME.items()},
}
DOCUMENT_V2: Table = {
    **_COMMON,
    ("host",): _STR,
    ("basePath",): _STR,
    ("schemes",): _LIST,
    ("schemes", "*"): _STR,
    ("consumes",): _LIST,
    ("produces",): _LIST,
    ("definitions",): _OBJ,
    ("parameters",): _OBJ,
    ("responses",): _OBJ,
    ("securityDefinitions",): _OBJ,
    ("securityDefinitions", "*"): _OBJ,
    **{("securityDefinitions", "*", *k): v for k, v in _SCHEME.items()},
}
PATH_ITEM: Table = {
    ("parameters",): _LIST,
    ("parameters", "*"): _OBJ,
    ("servers",): _LIST,
}
OPERATION: Table = {
    ("tags",): _LIST,
    ("tags", "*"): _SCALAR,
    ("summary",): _STR,
    ("description",): _STR,
    ("operationId",): _STR,
    ("parameters",): _LIST,
    ("parameters", "*"): _OBJ,
    ("requestBody",): _OBJ,
    ("requestBody", "content"): _OBJ,
    ("requestBody", "content", "*"): _OBJ,
    ("responses",): _OBJ,
    ("responses", "*"): _OBJ,
    ("responses", "*", "content"): _OBJ,
    ("responses", "*", "content", "*"): _OBJ,
    ("security",): _LIST,
    ("security", "*"): _OBJ,
    ("security", "*", "*"): _LIST,
    ("deprecated",): _BOOL,
    ("consumes",): _LIST,
    ("produces",): _LIST,
    ("x-mcp",): _OBJ,
    ("x-mcp", "name"): _STR,
    ("x-mcp", "description"): _STR,
    ("x-mcp", "exclude"): _BOOL,
}
PARAMETER: Table = {
    ("name",): _STR,
    ("in",): _STR,
    ("required",): _BOOL,
    ("description",): _STR,
    ("schema",): (dict, bool),
    ("content",): _OBJ,
    ("content", "*"): _OBJ,
    ("style",): _STR,
    ("explode",): _BOOL,
    ("allowReserved",): _BOOL,
    ("collectionFormat",): _STR,
}

_NAMES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", int: "a number", float: "a number"}


def check(node: Any, table: Table, diags: Diagnostics, file: str, pointer: str = "") -> bool:
    """Reports each member of `node` whose type differs from `table`'s; False if one must be an object
    or an array and is not (an error: the document's structure is broken there).

    `table` maps paths (with `*` for any key or index) to the types allowed there; `null` counts as
    absent. A `$ref` object stands for the thing it refers to and is not looked into. A scalar of the
    wrong type is a warning and is dropped (`"true"` and `"false"` are read as booleans, as vSphere
    writes them); a broken structure is an error and is dropped too, so every problem is reported.
    Only the members the table names are visited: a few dozen per operation.
    """
    ok = True
    stack: list[tuple[Any, _Tree, tuple[str | int, ...]]] = [(node, _compiled(table), ())]
    while stack:
        current, tree, path = stack.pop()
        star = tree.get("*")
        if isinstance(current, dict) and "$ref" not in current:
            keys = list(current) if star else [k for k in tree if k in current]
        elif isinstance(current, list) and star:
            keys = list(range(len(current)))
        else:
            continue
        for key in keys:
            value = current[key]
            named = tree.get(key) if isinstance(key, str) else None
            # a specification extension (`x-...`) may hold any value: `*` names the object's own members
            wild = None if isinstance(key, str) and key.startswith("x-") else star
            for entry in (named, wild):
                if entry is None or entry[0] is None or value is None or _fits(value, entry[0]):
                    continue
                ok = _report(current, key, value, entry[0], path, diags, file, pointer) and ok
                break
            else:
                if named and named[1]:
                    stack.append((value, named[1], (*path, key)))
                if wild and wild[1]:
                    stack.append((value, wild[1], (*path, key)))
    return ok


_Tree = dict[str, tuple[Shape | None, "_Tree"]]
_TREES: dict[int, _Tree] = {}


def _compiled(table: Table) -> _Tree:
    """The table as a tree of path parts, built once per table."""
    if id(table) not in _TREES:
        root: dict[str, Any] = {}
        for path, allowed in table.items():
            level = root
            for part in path[:-1]:
                level = level.setdefault(part, [None, {}])[1]
            level.setdefault(path[-1], [None, {}])[0] = allowed
        _TREES[id(table)] = _freeze(root)
    return _TREES[id(table)]


def _freeze(level: dict[str, Any]) -> _Tree:
    return {k: (v[0], _freeze(v[1])) for k, v in level.items()}


def _fits(value: Any, allowed: Shape) -> bool:
    return isinstance(value, allowed) and not (isinstance(value, bool) and bool not in allowed)


def _report(
    parent: Any,
    key: str | int,
    value: Any,
    allowed: Shape,
    path: tuple[str | int, ...],
    diags: Diagnostics,
    file: str,
    pointer: str,
) -> bool:
    """Reports a member of the wrong type and removes it (or reads it); False if it broke the structure."""
    where = pointer + pointer_join(*(str(p) for p in (*path, key)))
    want = " or ".join(dict.fromkeys(_NAMES[t] for t in allowed))
    what = repr(key) if isinstance(key, str) else f"entry {key} of {str(path[-1]) if path else 'the list'!r}"
    message = f"{what} must be {want}, not {_kind(value)}"
    if allowed == _BOOL and value in ("true", "false"):
        diags.warning("spec-invalid", f"{message}; read as {value}", file=file, pointer=where)
        parent[key] = value == "true"
        return True
    structural = dict in allowed or list in allowed
    if structural:
        diags.error("spec-invalid", message, file=file, pointer=where)
    else:
        diags.warning("spec-invalid", f"{message}; ignored", file=file, pointer=where)
    if isinstance(parent, dict):
        del parent[key]
    else:
        parent[key] = None
    return not structural


def _kind(value: Any) -> str:
    return "null" if value is None else _NAMES.get(type(value), type(value).__name__)
