"""The data files of a package: what `tools/list` sends, every operation's definition, the search index.

- `tools.json`: the listed tools and their `tools/list` pages, and the surface they make.
- `operations.json` (grouped and discovery surfaces): every operation's definition and route, loaded by
  the server on the first call that needs it.
- `search.json` and the search modules (discovery surface): the operation index and the code that queries it,
  the very modules that built it (`mcpgen/surface/search.py` and the three it imports).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import naming
from ..ir import BuildPlan, Tool
from ..surface import listed_wires, search
from ..surface.meta import required_of, summary_of
from ..surface.wire import compact_json, tool_wire, wire_text

DESCRIPTION_CHARS = 400
"""Characters of an operation's description that search reads."""

SEARCH_MODULES = ("search.py", "query.py", "terms.py", "vocabulary.py")
"""`mcpgen/surface/` modules a discovery package ships, copied verbatim: the search and what it imports."""


def _lines(key: str, items: list[dict[str, Any]], head: dict[str, Any]) -> str:
    """One item per line: diffs stay readable and the C JSON encoder does the work (indent disables it)."""
    fields = "".join(f"{compact_json(k)}:{compact_json(v)}," for k, v in head.items())
    body = ",\n".join(wire_text(item) for item in items)
    return f'{{{fields}"{key}":[\n{body}\n]}}\n'


ACTION_FIELDS = frozenset({"type", "action", "actions", "operation", "op", "command"})
"""Body fields that pick what a write does (DigitalOcean's droplet `type`: reboot, power_off, snapshot, ...)."""
ACTION_VALUES = 40


def action_values(schema: Any) -> list[str]:
    """The values of the fields of a request that pick what it does (`type`, `action`: an enum of at most
    ACTION_VALUES words), so that "reboot the droplet" finds `POST /droplets/{id}/actions`: `$ref` into
    `$defs`, `allOf`, `anyOf` and `oneOf` are followed, to the body's fields."""
    if not isinstance(schema, dict):
        return []
    defs = schema.get("$defs") if isinstance(schema.get("$defs"), dict) else {}
    found: list[str] = []

    def visit(node: Any, depth: int) -> None:
        if not isinstance(node, dict) or depth > 6:
            return
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            visit(defs.get(ref.rsplit("/", 1)[-1]), depth + 1)
        for key in ("allOf", "anyOf", "oneOf"):
            for part in node.get(key) or ():
                visit(part, depth + 1)
        properties = node.get("properties")
        if not isinstance(properties, dict):
            return
        for name, value in properties.items():
            if name == "body":
                visit(value, depth + 1)
            elif name.lower() in ACTION_FIELDS and isinstance(value, dict):
                for part in [value, defs.get(str(value.get("$ref", "")).rsplit("/", 1)[-1])]:
                    enum = part.get("enum") if isinstance(part, dict) else None
                    if isinstance(enum, list) and len(enum) <= ACTION_VALUES:
                        found.extend(str(v) for v in enum if isinstance(v, str))

    visit(schema, 0)
    return list(dict.fromkeys(found))


def search_document(tool: Tool) -> dict[str, Any]:
    """What the index reads of an operation (see `search.build_index`), every value a text or a list of
    texts: its name, summary, path key, method and its verb, tags, description (markup left out, then
    cut), parameter and body field names and the values of a write's action field, and flags (`deprecated`)."""
    properties = tool.input_schema.get("properties")
    b = tool.binding
    if b.kind == "sdk":  # `s3:ListObjectsV2` reads as the path `/s3/list/objects/v2`, named by its verb
        words = naming.snake(b.operation).split("_")
        path, verb = "/".join(["", b.service, *words]), words[:1]
    else:
        path, verb = b.path, search.method_verbs(b.method, b.path)
    return {
        "name": tool.name,
        "summary": tool.title or "",
        "path": path,
        "method": b.method,
        "verb": verb,
        "tags": list(tool.tags),
        "description": search.plain(tool.description)[:DESCRIPTION_CHARS],
        "params": [
            *(a.wire for a in b.args),
            *(properties if isinstance(properties, dict) else ()),
            *(action_values(tool.input_schema) if b.method.upper() not in ("GET", "HEAD") else ()),
        ],
        "flags": ["deprecated"] if tool.deprecated else [],
    }


def data_files(plan: BuildPlan, pkg: str) -> dict[str, str]:
    surface = plan.surface
    kind = surface.kind if surface else "tools"
    tools = list(plan.service.tools)
    listed = listed_wires(surface, tools) if surface else [tool_wire(t) for t in tools]
    # the operations' own definitions, when tools/list does not carry them as they are
    separate = surface is not None and (kind != "tools" or surface.fitted)
    head = {"surface": kind, "pages": list(plan.pages), "definitions": "operations.json" if separate else None}
    files = {f"src/{pkg}/tools.json": _lines("tools", listed, head)}
    if not separate or surface is None:
        return files
    group_of = {name: g.name for g in surface.groups for name in g.operations}
    routes = [
        {
            "method": t.binding.method,
            "path": t.binding.path,
            "summary": summary_of(t),
            "required": required_of(t),
            "group": group_of.get(t.name, ""),
        }
        for t in tools
    ]
    files[f"src/{pkg}/operations.json"] = _lines(
        "operations", [tool_wire(t) for t in tools], {"groups": [g.name for g in surface.groups], "routes": routes}
    )
    if kind == "discovery":
        index = search.build_index([search_document(t) for t in tools], title=plan.service.title)
        files[f"src/{pkg}/search.json"] = compact_json(index) + "\n"
        for module in SEARCH_MODULES:
            files[f"src/{pkg}/{module}"] = (Path(search.__file__).parent / module).read_text(encoding="utf-8")
    return files
