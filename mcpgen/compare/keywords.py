"""Reading JSON Schema keywords: the types, values and parts of a schema, and short forms for messages."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

ALL_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
NEUTRAL = frozenset({"description", "title", "default", "deprecated"})
"""Keywords a validator ignores that are still worth a (non-breaking) line."""
IGNORED = frozenset(
    {"$defs", "definitions", "$schema", "$id", "$comment", "$anchor", "examples", "example", "readOnly",
     "writeOnly", "contentEncoding", "contentMediaType", "discriminator", "xml", "externalDocs", "nullable"}
)  # fmt: skip
OMITTED = re.compile(r"A [^\s]+ value \(schema omitted for size\)\.")
"""The description mcpgen's ingest gives a definition it left out of a tool's schema (its size budget)."""


def short(value: Any, limit: int = 60) -> Any:
    """`value` itself when small, else its JSON cut to `limit` characters."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return value if len(value) <= limit else value[: limit - 1] + "…"
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value if len(text) <= limit else text[: limit - 1] + "…"


def listing(values: list[Any], limit: int = 5) -> str:
    """`"A", "B" and 3 more`."""
    shown = ", ".join(json.dumps(v, ensure_ascii=False) for v in values[:limit])
    return shown + (f" and {len(values) - limit} more" if len(values) > limit else "")


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def core(schema: dict[str, Any]) -> dict[str, Any]:
    """The keywords a validator uses."""
    return {k: v for k, v in schema.items() if k not in NEUTRAL and k not in IGNORED and not k.startswith("x-")}


def omitted(schema: dict[str, Any]) -> bool:
    description = schema.get("description")
    return isinstance(description, str) and OMITTED.fullmatch(description) is not None


def mentions_ref(value: Any) -> bool:
    if isinstance(value, dict):
        return "$ref" in value or any(mentions_ref(v) for v in value.values())
    if isinstance(value, list):
        return any(mentions_ref(v) for v in value)
    return False


def lookup(root: dict[str, Any], ref: str) -> dict[str, Any]:
    """The local definition `ref` points to; an unresolvable ref accepts anything."""
    if not ref.startswith("#/"):
        return {}
    node: Any = root
    for raw in ref[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def types_of(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema allows. Without `type`, what its enum, properties or items imply, else any."""
    declared = schema.get("type")
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {t for t in declared if isinstance(t, str)}
    elif (values := values_of(schema)) is not None:
        types = {json_type(v) for v in values.values()}
    elif "properties" in schema or "additionalProperties" in schema:
        types = {"object"}
    elif "items" in schema or "prefixItems" in schema:
        types = {"array"}
    else:
        types = set(ALL_TYPES)
    if schema.get("nullable") is True:
        types.add("null")
    return frozenset(types)


def type_value(schema: dict[str, Any], types: frozenset[str]) -> Any:
    declared = schema.get("type")
    return declared if declared is not None else (None if types == ALL_TYPES else sorted(types))


def covers(big: frozenset[str], small: frozenset[str]) -> bool:
    return all(t in big or (t == "integer" and "number" in big) for t in small)


def type_text(types: frozenset[str]) -> str:
    return "any type" if types == ALL_TYPES else " or ".join(sorted(types))


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def values_of(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The allowed values (by canonical JSON), when `enum` or `const` lists them."""
    if "const" in schema:
        return {canonical(schema["const"]): schema["const"]}
    enum = schema.get("enum")
    if isinstance(enum, list):
        return {canonical(v): v for v in enum}
    return None


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def mapping(schema: dict[str, Any], key: str) -> dict[str, Any]:
    value = schema.get(key)
    return value if isinstance(value, dict) else {}


def required_of(schema: dict[str, Any]) -> set[str]:
    value = schema.get("required")
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def summary(schema: Any) -> Any:
    """A few words for a whole schema: its type, or its reference."""
    if not isinstance(schema, dict):
        return schema
    if isinstance(schema.get("$ref"), str):
        return schema["$ref"].rsplit("/", 1)[-1]
    if "type" in schema:
        return schema["type"]
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return key
    return short(schema, 40)


def pair(a: list[Any], b: list[Any]) -> Iterator[tuple[str, int | None, int | None]]:
    """Match list entries: equal ones first, then the rest by position; leftovers are added or removed.
    Equal entries are yielded too: a `$ref` in them may point to a definition that changed."""
    a_left = list(range(len(a)))
    b_left = list(range(len(b)))
    for i in list(a_left):
        text = canonical(a[i])
        match = next((j for j in b_left if canonical(b[j]) == text), None)
        if match is not None:
            a_left.remove(i)
            b_left.remove(match)
            yield "changed", i, match
    for i, j in zip(a_left, b_left, strict=False):
        yield "changed", i, j
    for i in a_left[len(b_left) :]:
        yield "removed", i, None
    for j in b_left[len(a_left) :]:
        yield "added", None, j
