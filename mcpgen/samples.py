"""Minimal valid instances of JSON Schemas: sample calls and upstream replies for generated tests."""

from __future__ import annotations

import json
import re
from re import _parser as _sre_parser  # type: ignore[attr-defined]  # `sre_parse`, without its warning
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


def sample(schema: Any, root: dict[str, Any] | None = None, depth: int = 0, variant: int = 0) -> Any:
    """A small valid instance of `schema`; `variant` > 0 asks for another one where that is easy."""
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
        return sample(merged, root, depth + 1, variant)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][variant % len(schema["enum"])]
    if "allOf" in schema:
        merged = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            merged = _merge(merged, _resolve(part, root))
        return sample(merged, root, depth + 1, variant)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            base = {k: v for k, v in schema.items() if k != key}
            choice = _merge(base, _resolve(schema[key][0], root))
            return sample(choice, root, depth + 1, variant)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    return _by_type(kind, schema, root, depth, variant)


def _by_type(kind: str, schema: dict[str, Any], root: dict[str, Any], depth: int, variant: int) -> Any:
    if kind == "object":
        return _object(schema, root, depth)
    if kind == "array":
        return _array(schema, root, depth)
    if kind in ("integer", "number"):
        value = 1 + variant
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
        return _string(schema, variant)
    raise Unsatisfiable(f"unknown type {kind}")


def _object(schema: dict[str, Any], root: dict[str, Any], depth: int) -> dict[str, Any]:
    """The required properties, then optional ones while `minProperties` asks for more."""
    props = schema.get("properties", {})
    result = {name: sample(_member(schema, name), root, depth + 1) for name in schema.get("required", [])}
    wanted = int(schema.get("minProperties", 0))
    for name in props:
        if len(result) >= wanted:
            break
        if name not in result:
            try:
                result[name] = sample(props[name], root, depth + 1)
            except Unsatisfiable:
                continue
    extra = schema.get("additionalProperties", True)
    for n in range(wanted * 4):
        if len(result) >= wanted or extra is False:
            break
        key = sample(schema["propertyNames"], root, depth + 1, n) if "propertyNames" in schema else f"key{n}"
        result.setdefault(str(key), sample(extra if isinstance(extra, dict) else {}, root, depth + 1))
    return result


def _member(schema: dict[str, Any], name: str) -> Any:
    """The schema of property `name`: its own, else that of the first `patternProperties` it matches, else
    `additionalProperties` (a required `"20"` of a map whose values are arrays)."""
    props = schema.get("properties") or {}
    if name in props:
        return props[name]
    for pattern, sub in (schema.get("patternProperties") or {}).items():
        try:
            if re.search(pattern, name):
                return sub
        except re.error:
            continue
    extra = schema.get("additionalProperties", {})
    return extra if isinstance(extra, dict) else {}


def _array(schema: dict[str, Any], root: dict[str, Any], depth: int) -> list[Any]:
    count = max(int(schema.get("minItems", 0)), 0)
    items_schema = schema.get("items", {})
    if schema.get("uniqueItems") is not True:
        return [sample(items_schema, root, depth + 1) for _ in range(count)]
    distinct: dict[str, Any] = {}
    for variant in range(count * 4):
        if len(distinct) == count:
            break
        item = sample(items_schema, root, depth + 1, variant)
        distinct.setdefault(json.dumps(item, sort_keys=True), item)
    if len(distinct) < count:
        raise Unsatisfiable("no simple distinct items")
    return list(distinct.values())


def _string(schema: dict[str, Any], variant: int = 0) -> str:
    if schema.get("contentEncoding") == "base64":
        return "aGVsbG8="
    low = int(schema.get("minLength", 0))
    high = int(schema.get("maxLength", max(low, 64)))
    text = _FORMATS.get(str(schema.get("format")), "x")
    candidates = [text + "x" * max(0, low - len(text)) + "x" * variant]
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        candidates += [_from_pattern(pattern, extra + variant, variant) for extra in range(low + 2)]
    for candidate in candidates:
        if low <= len(candidate) <= high and (pattern is None or _matches(pattern, candidate)):
            return candidate
    raise Unsatisfiable("no simple string satisfies the pattern and lengths")


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _from_pattern(pattern: str, extra: int, variant: int = 0) -> str:
    """A short string the regular expression matches: each repetition taken `extra` times more than
    its minimum (so a minLength can be met), alternative number `variant` of each `|`. Only checked,
    never trusted: the caller tests the match."""
    try:
        return _emit(_sre_parser.parse(pattern), extra, variant)
    except (re.error, Unsatisfiable, RecursionError, ValueError, TypeError, OverflowError):
        return ""


def _emit(items: Any, extra: int, variant: int) -> str:
    return "".join(_emit_one(op, arg, extra, variant) for op, arg in items)


def _emit_one(op: Any, arg: Any, extra: int, variant: int) -> str:
    name = str(op)
    if name == "LITERAL":
        return chr(arg)
    if name in ("NOT_LITERAL", "ANY"):
        return "b" if name == "NOT_LITERAL" and chr(arg) == "a" else "a"
    if name == "IN":
        return _char_in(arg)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = arg
        count: int = min(low + extra, high) if high != _sre_parser.MAXREPEAT else low + extra
        return _emit(sub, extra, variant) * count
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _emit(arg[-1], extra, variant)
    if name == "BRANCH":
        return _emit(arg[1][variant % len(arg[1])], extra, variant)
    if name == "CATEGORY":
        return _CATEGORY_CHARS.get(str(arg), "a")
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return ""
    raise Unsatisfiable(f"regular expression feature {name}")


_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "0", "CATEGORY_NOT_DIGIT": "a", "CATEGORY_SPACE": " ", "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "a", "CATEGORY_NOT_WORD": "-",
}  # fmt: skip


def _char_in(items: list[tuple[Any, Any]]) -> str:
    """A character of a class like `[a-z0-9_]` (or, negated, one outside it)."""
    negate = any(str(op) == "NEGATE" for op, _ in items)
    for char in ("a", "0", "x", "A", "-", "_", ".", " ") if negate else ():
        if not any(_in_item(op, arg, char) for op, arg in items):
            return char
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return _CATEGORY_CHARS.get(str(arg), "a")
    raise Unsatisfiable("empty character class")


def _in_item(op: Any, arg: Any, char: str) -> bool:
    name = str(op)
    if name == "LITERAL":
        return chr(arg) == char
    if name == "RANGE":
        return bool(arg[0] <= ord(char) <= arg[1])
    if name == "CATEGORY":
        return _CATEGORY_CHARS.get(str(arg)) == char
    return False


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
