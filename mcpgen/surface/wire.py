"""Tools in MCP wire format (what `tools/list` sends), and output schemas without what only documents."""

from __future__ import annotations

import json
from typing import Any

from ..ir import Tool

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def compact_json(data: Any) -> str:
    """`data` as JSON on one line, without spaces: how `tools/list` and the package's data files carry it. Data
    from descriptions is a tree (no cycles), so the encoder's cycle check, a fifth of its time, is left out."""
    return _COMPACT.encode(data)


NESTED_DESCRIPTION_CHARS = 120
"""A description inside an output schema longer than this is left out of `tools/list`."""


def tool_wire(tool: Tool) -> dict[str, Any]:
    """The tool as it appears in `tools/list` (MCP wire format)."""
    wire: dict[str, Any] = {"name": tool.name}
    if tool.title:
        wire["title"] = tool.title
    wire["description"] = tool.description
    wire["inputSchema"] = tool.input_schema
    if tool.output_schema is not None:
        wire["outputSchema"] = slim_output_schema(tool.output_schema)
    wire["annotations"] = {
        "readOnlyHint": tool.annotations.read_only,
        "destructiveHint": tool.annotations.destructive,
        "idempotentHint": tool.annotations.idempotent,
        "openWorldHint": tool.annotations.open_world,
    }
    wire["_meta"] = {"dev.mcpgen/source": tool.source.describe()}
    return wire


_DOCUMENTATION = frozenset({"examples", "example", "title", "$comment", "deprecated", "readOnly", "writeOnly"})
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})


def slim_output_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` with what only documents left out below its root: examples, titles, comments, `x-` keys
    and long descriptions. Every keyword that validates stays, so results are checked as before; only
    the bytes a model reads in `tools/list` shrink (output schemas were 56% of GitHub's)."""
    return {k: _slim(v, k in _SCHEMA_MAPS) for k, v in schema.items()}


def _slim(node: Any, is_map: bool = False) -> Any:
    if isinstance(node, list):
        return [_slim(v) for v in node]
    if not isinstance(node, dict):
        return node
    if is_map:  # property names are data, not keywords
        return {k: _slim(v) for k, v in node.items()}
    out = {}
    for key, value in node.items():
        if key in _DOCUMENTATION or key.startswith("x-"):
            continue
        if key == "description" and isinstance(value, str) and len(value) > NESTED_DESCRIPTION_CHARS:
            continue
        if key in ("enum", "const", "default", "required"):
            out[key] = value
        else:
            out[key] = _slim(value, key in _SCHEMA_MAPS)
    return out
