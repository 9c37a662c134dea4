"""Input schemas for OpenAI's strict function calling (structured outputs), and a checker for its subset.

Strict mode accepts a subset of JSON Schema: every object lists all its properties as required and closes
itself (`additionalProperties: false`); an optional value is a union with `null`; only some keywords
constrain values. A schema is rewritten into that subset without losing what a caller must know:

- an optional property becomes required and nullable; the server drops a `null` the operation does not
  accept (the generated `adapt.py`, driven by the operation's own schema);
- an object whose keys are free (a map, or any value) becomes a string holding JSON, which the server
  decodes where the operation's schema expects an object or array;
- `oneOf` becomes `anyOf`; a keyword strict mode does not take (`minLength`, `default`, `uniqueItems`...)
  moves into the description, so the model still reads it and the server still checks it.
"""

from __future__ import annotations

from typing import Any

_KEEP = {
    "string": frozenset({"pattern", "format"}),
    "number": frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}),
    "integer": frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"}),
    "array": frozenset({"minItems", "maxItems"}),
}
_FORMATS = frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid"})
_STRUCTURE = frozenset({"type", "properties", "required", "additionalProperties", "items", "anyOf", "$ref", "$defs",
                        "enum", "const", "description", "title"})  # fmt: skip
_JSON_TEXT = "A JSON-encoded value (text that parses as JSON)."


def to_strict(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` (a tool's input schema) in OpenAI's strict subset."""
    defs = schema.get("$defs") if isinstance(schema.get("$defs"), dict) else {}
    root = {k: v for k, v in schema.items() if k not in ("$defs", "anyOf", "oneOf", "allOf")}
    out = _object(root) if root.get("type") == "object" or "properties" in root else _json_text(root)
    if out.get("type") != "object":  # the root must be an object
        out = {"type": "object", "properties": {"value": out}, "required": ["value"], "additionalProperties": False}
    if defs:
        out["$defs"] = {name: _convert(d) for name, d in defs.items()}
    return out


def _note(schema: dict[str, Any], extra: list[str]) -> dict[str, Any]:
    """`schema` with `extra` (constraints strict mode cannot state) added to its description."""
    if extra:
        text = schema.get("description")
        notes = "; ".join(extra)
        schema["description"] = f"{text} ({notes})" if isinstance(text, str) and text else notes
    return schema


def _json_text(schema: Any) -> dict[str, Any]:
    description = schema.get("description") if isinstance(schema, dict) else None
    text = f"{description} {_JSON_TEXT}" if isinstance(description, str) and description else _JSON_TEXT
    return {"type": "string", "description": text}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str) and "anyOf" not in schema and "$ref" not in schema:
        out = {**schema, "type": [kind, "null"]}
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    if "anyOf" in schema and not any(a.get("type") == "null" for a in schema["anyOf"] if isinstance(a, dict)):
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    return {"anyOf": [schema, {"type": "null"}]}


def _object(schema: dict[str, Any]) -> dict[str, Any]:
    properties = schema.get("properties")
    if not isinstance(properties, dict) or not properties:
        return _json_text(schema)
    required = set(schema.get("required") or ()) if isinstance(schema.get("required"), list) else set()
    out: dict[str, Any] = {"type": "object", "properties": {}}
    for name, sub in properties.items():
        converted = _convert(sub)
        out["properties"][name] = converted if name in required else _nullable(converted)
    out["required"] = list(properties)
    out["additionalProperties"] = False
    notes = [f"{k}: {schema[k]}" for k in ("minProperties", "maxProperties") if k in schema]
    if isinstance(schema.get("description"), str):
        out["description"] = schema["description"]
    return _note(out, notes)


def _convert(schema: Any) -> dict[str, Any]:
    if schema is True or schema == {}:
        return _json_text({})
    if not isinstance(schema, dict):
        return _json_text({})
    if "$ref" in schema:
        out = {"$ref": schema["$ref"]}
        return {**out, "description": schema["description"]} if isinstance(schema.get("description"), str) else out
    for union in ("anyOf", "oneOf"):
        if isinstance(schema.get(union), list) and schema[union]:
            out = {"anyOf": [_convert(s) for s in schema[union]]}
            if isinstance(schema.get("description"), str):
                out["description"] = schema["description"]
            return out
    if isinstance(schema.get("allOf"), list) and schema["allOf"]:
        merged = _merge_all_of(schema)
        if merged is not None:
            return _convert(merged)
        return _json_text(schema)
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "object" in kinds or "properties" in schema:
        out = _object(schema)
        return _nullable(out) if "null" in kinds else out
    if kind is None and "enum" not in schema and "const" not in schema:
        return _json_text(schema)
    out = {k: v for k, v in schema.items() if k in ("type", "enum", "const", "description")}
    notes = []
    allowed = frozenset().union(*(_KEEP.get(k, frozenset()) for k in kinds if isinstance(k, str)))
    for key, value in schema.items():
        if key in out or key in ("title", "examples", "deprecated", "readOnly", "writeOnly"):
            continue
        if key == "format" and value not in _FORMATS:
            notes.append(f"format {value}")
        elif key in allowed:
            out[key] = value
        elif key == "items" and "array" in kinds:
            out["items"] = _convert(value)
        elif key == "contentEncoding" and value == "base64":
            notes.append("base64-encoded")
        elif key not in _STRUCTURE:
            notes.append(f"{key} {value}" if not isinstance(value, dict | list) else key)
    if "array" in kinds and "items" not in out:
        out["items"] = _json_text({})
    return _note(out, notes)


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any] | None:
    """An `allOf` of objects as one object (their properties and required lists together)."""
    parts = [p for p in schema["allOf"] if isinstance(p, dict)]
    if not parts or any("$ref" in p or not ("properties" in p or p.get("type") == "object") for p in parts):
        return parts[0] if len(parts) == 1 and "$ref" not in parts[0] else None
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in [*parts, {k: v for k, v in schema.items() if k != "allOf"}]:
        merged["properties"].update(part.get("properties") or {})
        merged["required"] += [r for r in part.get("required") or () if r not in merged["required"]]
    if isinstance(schema.get("description"), str):
        merged["description"] = schema["description"]
    return merged


def strict_problems(schema: Any, where: str = "") -> list[str]:
    """Where `schema` leaves OpenAI's strict subset (empty: it fits)."""
    problems: list[str] = []
    if not where:
        if not isinstance(schema, dict) or schema.get("type") != "object" or "anyOf" in schema:
            return ["the root must be an object schema, not a union"]
        for name, sub in (schema.get("$defs") or {}).items():
            problems += strict_problems(sub, f"/$defs/{name}")
    if not isinstance(schema, dict):
        return [f"{where or '/'}: a schema must be an object"]
    allowed = _STRUCTURE | frozenset().union(*_KEEP.values())
    problems += [f"{where or '/'}: {key} is not in the strict subset" for key in schema if key not in allowed]
    if "format" in schema and schema["format"] not in _FORMATS:
        problems.append(f"{where}: format {schema['format']!r} is not supported")
    if not any(k in schema for k in ("type", "anyOf", "$ref", "enum", "const")):
        problems.append(f"{where or '/'}: no type")
    kinds = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
    if "object" in kinds:
        properties = schema.get("properties") or {}
        if schema.get("additionalProperties") is not False:
            problems.append(f"{where or '/'}: an object must set additionalProperties: false")
        if sorted(schema.get("required") or ()) != sorted(properties):
            problems.append(f"{where or '/'}: every property must be required")
        for name, sub in properties.items():
            problems += strict_problems(sub, f"{where}/properties/{name}")
    if "array" in kinds:
        problems += strict_problems(schema.get("items"), f"{where}/items")
    for i, sub in enumerate(schema.get("anyOf") or ()):
        problems += strict_problems(sub, f"{where}/anyOf/{i}")
    return problems
