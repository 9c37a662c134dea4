"""Arguments shaped for a strict client schema, brought back to the operation's own.

A client in OpenAI's strict mode sends every property (`null` for one it leaves out)
and free-form objects as JSON text. Driven by the operation's own input schema: a
`null` it does not accept is dropped, JSON text where it expects an object or array
is decoded. Anything else passes unchanged, and validation then judges the result.
"""

from __future__ import annotations

import json
from typing import Any

_DEFS = "#/$defs/"


def _resolve(schema: Any, root: dict[str, Any]) -> Any:
    for _ in range(32):  # a chain of references, never a loop
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not (isinstance(ref, str) and ref.startswith(_DEFS)):
            return schema
        schema = (root.get("$defs") or {}).get(ref[len(_DEFS) :], {})
    return schema


def _types(schema: Any) -> set[str]:
    kind = schema.get("type") if isinstance(schema, dict) else None
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {k for k in kind if isinstance(k, str)}
    if isinstance(schema, dict) and ("properties" in schema):
        return {"object"}
    return set()


def _accepts_null(schema: Any, root: dict[str, Any]) -> bool:
    schema = _resolve(schema, root)
    if not isinstance(schema, dict):
        return True
    if "null" in _types(schema):
        return True
    unions = [s for key in ("anyOf", "oneOf") for s in schema.get(key) or ()]
    if unions:
        return any(_accepts_null(s, root) for s in unions)
    if schema.get("allOf"):
        return all(_accepts_null(s, root) for s in schema["allOf"])
    return not _types(schema) and not any(k in schema for k in ("enum", "const"))


def adapt(value: Any, schema: Any, root: dict[str, Any] | None = None) -> Any:
    """`value` for the operation's input schema `schema` (see the module docstring)."""
    root = schema if root is None else root
    schema = _resolve(schema, root)
    if not isinstance(schema, dict):
        return value
    kinds = _types(schema)
    if isinstance(value, str) and kinds & {"object", "array"} and "string" not in kinds:
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, dict) and isinstance(schema.get("properties"), dict):
        properties = schema["properties"]
        out = {}
        for key, item in value.items():
            sub = properties.get(key)
            if item is None and sub is not None and not _accepts_null(sub, root):
                continue
            out[key] = adapt(item, sub, root) if sub is not None else item
        return out
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [adapt(item, schema["items"], root) for item in value]
    return value
