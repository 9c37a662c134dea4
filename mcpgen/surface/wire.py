"""Tools in MCP wire format (what `tools/list` sends), and output schemas without what only documents."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from ..ir import Tool

T = TypeVar("T")

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


def compact_json(data: Any) -> str:
    """`data` as JSON on one line, without spaces: how `tools/list` and the package's data files carry it. Data
    from descriptions is a tree (no cycles), so the encoder's cycle check, a fifth of its time, is left out."""
    return _COMPACT.encode(data)


_SHARED: ContextVar[dict[str, dict[int, tuple[Any, Any]]] | None] = ContextVar("mcpgen_shared_wires", default=None)


@contextmanager
def shared_wires() -> Iterator[None]:
    """Within the block, each tool's wire (`tool_wire`) and each wire's JSON text (`wire_text`) are made once.

    A build measures every surface while it plans and writes the same tools in its data files when it renders:
    for Microsoft Graph's 11,422 operations (58 MB of JSON) the second pass cost 1.7 s. Callers must not change
    a wire they are given (make a new dict, as `fit_input_schema` does)."""
    token = _SHARED.set({"wire": {}, "text": {}})
    try:
        yield
    finally:
        _SHARED.reset(token)


def _once(kind: str, key: Any, make: Callable[[], T]) -> T:
    """`make()`, or what it gave for this very object earlier in the `shared_wires` block. The object is kept
    with its value, so it stays alive and its id cannot be reused by another."""
    memo = _SHARED.get()
    if memo is None:
        return make()
    seen = memo[kind].get(id(key))
    if seen is not None and seen[0] is key:
        return seen[1]
    value = make()
    memo[kind][id(key)] = (key, value)
    return value


def wire_text(wire: dict[str, Any]) -> str:
    """`compact_json(wire)`, made once per wire within a `shared_wires` block."""
    return _once("text", wire, lambda: compact_json(wire))


def wire_bytes(wire: dict[str, Any]) -> int:
    """The bytes a wire takes in `tools/list` (its UTF-8 JSON and a separator)."""
    return len(wire_text(wire).encode()) + 1


NESTED_DESCRIPTION_CHARS = 120
"""A description inside an output schema longer than this is left out of `tools/list`."""


def tool_wire(tool: Tool) -> dict[str, Any]:
    """The tool as it appears in `tools/list` (MCP wire format); made once per tool within `shared_wires`."""
    return _once("wire", tool, lambda: _wire(tool))


def _wire(tool: Tool) -> dict[str, Any]:
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
