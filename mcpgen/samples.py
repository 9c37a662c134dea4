"""Minimal valid instances of JSON Schemas: sample calls and upstream replies for generated tests."""

from __future__ import annotations

from typing import Any

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
}


class Unsatisfiable(Exception):
    """No simple instance could be found (a pattern, `not`, or deep recursion)."""


def sample(schema: Any, root: dict[str, Any] | None = None, depth: int = 0) -> Any:
    root = root if root is not None else (schema if isinstance(schema, dict) else {})
    if depth > 24:
        raise Unsatisfiable("schema too deep")
    if schema is True or schema == {}:
        return "x"
    if not isinstance(schema, dict):
        raise Unsatisfiable("false schema")
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith("#/$defs/"):
            raise Unsatisfiable(f"unsupported $ref {ref}")
        target = root.get("$defs", {}).get(ref[len("#/$defs/") :])
        rest = {k: v for k, v in schema.items() if k not in ("$ref", "$defs")}
        merged = _merge(target, rest) if rest else target
        return sample(merged, root, depth + 1)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    if "allOf" in schema:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged = _merge(merged, _resolve(part, root))
        return sample(merged, root, depth + 1)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            base = {k: v for k, v in schema.items() if k != key}
            choice = _merge(base, _resolve(schema[key][0], root))
            return sample(choice, root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    return _by_type(kind, schema, root, depth)


def _by_type(kind: str, schema: dict[str, Any], root: dict[str, Any], depth: int) -> Any:
    if kind == "object":
        props = schema.get("properties", {})
        return {name: sample(props.get(name, {}), root, depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 0)
        return [sample(schema.get("items", {}), root, depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        value = 1
        if "minimum" in schema:
            value = max(value, schema["minimum"])
        if "exclusiveMinimum" in schema:
            value = max(value, schema["exclusiveMinimum"] + 1)
        if "maximum" in schema:
            value = min(value, schema["maximum"])
        if "exclusiveMaximum" in schema:
            value = min(value, schema["exclusiveMaximum"] - 1)
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "string":
        if "pattern" in schema:
            raise Unsatisfiable("string with a pattern")
        if schema.get("contentEncoding") == "base64":
            return "aGVsbG8="
        text = _FORMATS.get(str(schema.get("format")), "x")
        need = int(schema.get("minLength", 0))
        return text + "x" * max(0, need - len(text))
    raise Unsatisfiable(f"unknown type {kind}")


def _resolve(schema: Any, root: dict[str, Any]) -> Any:
    for _ in range(16):
        if isinstance(schema, dict) and set(schema) == {"$ref"} and schema["$ref"].startswith("#/$defs/"):
            schema = root.get("$defs", {}).get(schema["$ref"][len("#/$defs/") :], {})
        else:
            break
    return schema


def _merge(a: Any, b: Any) -> dict[str, Any]:
    a = a if isinstance(a, dict) else {}
    b = b if isinstance(b, dict) else {}
    merged = {**a, **b}
    if "properties" in a or "properties" in b:
        merged["properties"] = {**a.get("properties", {}), **b.get("properties", {})}
    if "required" in a or "required" in b:
        merged["required"] = list(dict.fromkeys([*a.get("required", []), *b.get("required", [])]))
    return merged
