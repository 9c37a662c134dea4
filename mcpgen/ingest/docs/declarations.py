"""Parameters stated as code rather than as a table or list: TypeScript-style declarations (`name?: string;`,
as openapi-to-md prints parameters and bodies) and JSON Schemas printed in a code block ("Schema of the request
body")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from .blocks import Block, Where
from .params import Param, type_from, typed_value, valid_name

_TS_FIELD = re.compile(r"^(?P<name>[A-Za-z_$][\w$\-]*)(?P<optional>\?)?\s*:\s*(?P<type>.*)$")


def from_typescript(block: Block, default_location: str) -> list[Param]:
    """Fields of a TypeScript-style declaration (openapi-to-md prints parameters and bodies this way):

        // pet status in the store          <- the next field's description
        {
          name: string                      <- required (no `?`)
          status?: enum[available, sold]    <- optional, with enum values
          category: {                       <- nested object: the renderer never marks these `?`, so unknown
            id?: integer
          }
          page?: integer //default: 1
        }
    Only top-level fields are parameters; a declaration without braces is a list of them."""
    lines = [line.strip() for line in block.text.splitlines() if line.strip()]
    code = [line for line in lines if not line.startswith("//")]
    top = 1 if code and code[0].startswith("{") else 0
    depth, comments, params = 0, [], []
    opened: Param | None = None  # the object field whose `{ ... }` is open
    for line in lines:
        if line.startswith("//"):
            if depth == top:
                comments.append(line[2:].strip())
            continue
        match = _TS_FIELD.match(line) if depth == top else None
        if match:
            param = _ts_param(match, default_location, block, " ".join(comments))
            if param is not None:
                params.append(param)
                opened = param if line.endswith("{") else None
        elif depth == top + 1 and opened is not None and line.startswith("}"):
            opened.type, opened.items_type = ("array", "object") if line.rstrip().endswith("[]") else ("object", None)
        comments = [] if match or depth == top else comments
        depth = max(0, depth + line.count("{") - line.count("}"))
    return params


def is_declaration(text: str) -> bool:
    """Code that reads as TypeScript-style field declarations (its language lost, as in a printed PDF)."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("//")]
    fields = [line for line in lines if line.strip("{}[] ")]
    return (
        bool(fields)
        and '"' not in text
        and "://" not in text  # `link:https://...`, `Host: localhost:5984`: not declarations
        and all(_TS_FIELD.match(line) or line[:1] == "}" for line in fields)
        # `link:json/x.json[role=include]` is no field: a declared type has no slash (`// comments` aside)
        and not all(re.search(r"[/\\]", line.partition(":")[2].split("//")[0]) for line in fields if line[:1] != "}")
    )


def _ts_param(match: re.Match[str], location: str, block: Block, description: str) -> Param | None:
    name, optional = match.group("name"), bool(match.group("optional"))
    declared, _, trailing = match.group("type").partition("//")
    declared = declared.strip()
    if not valid_name(name) or name == "undefined":
        return None
    param = Param(name, location, block.where, not optional, None, description)
    enum = re.fullmatch(r"enum\[(?P<values>.*)\]", declared)
    if enum:
        param.type, param.enum = "string", [v.strip() for v in enum.group("values").split(",") if v.strip()]
    elif declared.startswith(("{", "#/")) or "&" in declared or declared.startswith("Partial("):
        param.type = "object"
        param.required = False if optional else None  # objects and references are never marked `?`
    else:
        kinds = [k.strip() for k in declared.split("|") if k.strip() not in ("null", "")]
        param.type, param.items_type = type_from(kinds[0]) if kinds else (None, None)
    default = re.match(r"\s*default:\s*(?P<value>.+)$", trailing)
    if default:
        param.default = typed_value(default.group("value").strip(), param.type)
    return param


_SCHEMA_KEYS = frozenset(
    ("type", "$ref", "description", "format", "items", "enum", "properties", "allOf", "oneOf", "anyOf", "nullable")
)

_JSON_TYPES = frozenset(("string", "integer", "number", "boolean", "array", "object"))


def from_json_schema(
    value: Any, where: Where, resolve: Callable[[str], list[Param] | None] = lambda ref: None, *, depth: int = 0
) -> list[Param] | None:
    """The top-level fields of a JSON Schema printed as a code block ("Schema of the request body", a pasted
    `{"type": "object", "required": [...], "properties": {...}}`), with their required flags and types; None
    when `value` is not an object schema (an example whose keys happen to be `type` or `properties` is
    not: every property must itself read as a schema)."""
    if not isinstance(value, dict) or depth > 4:
        return None
    if isinstance(value.get("allOf"), list) and "properties" not in value:
        merged: list[Param] = []
        for part in value["allOf"]:
            ref = part.get("$ref") if isinstance(part, dict) else None
            # a part that names a schema printed elsewhere in the document (`#/components/schemas/Ticket`)
            if isinstance(ref, str):
                fields = resolve(ref) or []
            else:
                fields = from_json_schema(part, where, resolve, depth=depth + 1)
            if fields is None:
                return None
            merged.extend(replace(f, where=where) for f in fields if f.name not in {m.name for m in merged})
        return merged or None
    properties, required = value.get("properties"), value.get("required", [])
    if value.get("type", "object") != "object" or not isinstance(properties, dict) or not properties:
        return None
    if not isinstance(required, list) or not all(isinstance(n, str) for n in required):
        return None
    if not all(isinstance(s, dict) and s and set(s) & _SCHEMA_KEYS for s in properties.values()):
        return None
    fields = []
    for name, schema in properties.items():
        kind = schema.get("type") if schema.get("type") in _JSON_TYPES else None
        if kind is None and ("properties" in schema or "$ref" in schema):
            kind = "object"
        items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
        enum = schema.get("enum") if isinstance(schema.get("enum"), list) else []
        param = Param(
            name,
            "body",
            where,
            name in required,
            kind,
            description=str(schema.get("description") or "")[:500],
            enum=[str(v) for v in enum if isinstance(v, (str, int, float))],
            default=schema.get("default") if isinstance(schema.get("default"), (str, int, float, bool)) else None,
            items_type=items.get("type") if items.get("type") in _JSON_TYPES else None,
            origin="schema section",
        )
        if valid_name(name):
            fields.append(param)
    return fields or None
