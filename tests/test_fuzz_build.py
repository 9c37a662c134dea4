"""Property: any document shaped like an OpenAPI description, whatever the types and text in its fields,
builds or fails with diagnostics; it never raises anything else, and a package it gives is valid.

Hypothesis puts random JSON values (random types, unicode, deep nesting, NaN, huge numbers, hostile
`$ref`s) at the places ingest reads, in a small valid description. The budget is fixed and the
examples derandomized, so CI runs the same cases every time.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import mcpgen
from mcpgen.diagnostics import McpgenError

PET = "/pets/{petId}"
BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Fuzz", "version": "1.0"},
    "servers": [{"url": "https://api.example.com/{v}", "variables": {"v": {"default": "v1"}}}],
    "security": [{"key": []}],
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "pattern": "^[a-z]+$"}, "tag": {"type": "string"}},
            }
        },
        "securitySchemes": {
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "oauth": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "https://t.example", "scopes": {}}},
            },
        },
    },
    "paths": {
        PET: {
            "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [{"name": "verbose", "in": "query", "schema": {"type": "boolean"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    }
                },
            },
            "put": {
                "operationId": "putPet",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
                "responses": {"204": {"description": "done"}},
            },
        }
    },
}
OP = ("paths", PET, "get")
PLACES: list[tuple[Any, ...]] = [
    ("info",), ("info", "title"), ("info", "version"), ("info", "description"),
    ("servers",), ("servers", 0), ("servers", 0, "url"), ("servers", 0, "variables"), ("servers", 0, "variables", "v"),
    ("security",), ("security", 0), ("security", 0, "key"),
    ("components",), ("components", "schemas"), ("components", "schemas", "Pet"),
    ("components", "schemas", "Pet", "type"), ("components", "schemas", "Pet", "required"),
    ("components", "schemas", "Pet", "properties"), ("components", "schemas", "Pet", "properties", "name"),
    ("components", "schemas", "Pet", "properties", "name", "pattern"), ("components", "schemas", "Pet", "allOf"),
    ("components", "schemas", "Pet", "additionalProperties"), ("components", "schemas", "Pet", "enum"),
    ("components", "securitySchemes"), ("components", "securitySchemes", "key"),
    ("components", "securitySchemes", "key", "in"), ("components", "securitySchemes", "oauth", "flows"),
    ("components", "securitySchemes", "oauth", "flows", "clientCredentials"),
    ("paths",), ("paths", PET), ("paths", PET, "parameters"), ("paths", PET, "parameters", 0),
    ("paths", PET, "parameters", 0, "schema"), ("paths", PET, "parameters", 0, "name"),
    (*OP,), (*OP, "operationId"), (*OP, "tags"), (*OP, "summary"), (*OP, "parameters"), (*OP, "parameters", 0),
    (*OP, "parameters", 0, "in"), (*OP, "parameters", 0, "style"), (*OP, "parameters", 0, "schema"),
    (*OP, "responses"), (*OP, "responses", "200"), (*OP, "responses", "200", "content"),
    (*OP, "responses", "200", "content", "application/json", "schema"), (*OP, "security"), (*OP, "x-mcp"),
    ("paths", PET, "put", "requestBody"), ("paths", PET, "put", "requestBody", "content", "application/json"),
    ("paths", PET, "put", "requestBody", "content", "application/json", "schema"),
    ("paths", "/{a}/{b}"), ("paths", "/x?y=1"), ("x-ms-paths",),
]  # fmt: skip

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["", "..", "{", "}", "a{99999999999}", "((", "\x1b[31m", "\u202e", "#/", "object", "string"])
)
REFS = st.sampled_from([
    "#/components/schemas/Pet", "#/components/schemas/Missing", "#", "#/", "#/paths",
    "#/components/schemas/Pet/properties",
    "../outside.json", "/etc/passwd", "file:///etc/passwd", "http://127.0.0.1:9/x.json", "other.json#/x", "#anchor",
]).map(lambda ref: {"$ref": ref})  # fmt: skip
KEYS = st.text(max_size=8) | st.sampled_from(["type", "$ref", "properties", "items", "allOf", "required", "enum"])
VALUES = st.recursive(
    SCALARS | REFS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=10,
)  # fmt: skip


def _put(doc: dict[str, Any], place: tuple[Any, ...], value: Any) -> None:
    node: Any = doc
    for part in place[:-1]:
        if isinstance(node, dict):
            node = node.setdefault(part, {})
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return
    if isinstance(node, dict) or (isinstance(node, list) and isinstance(place[-1], int) and place[-1] < len(node)):
        node[place[-1]] = value


# FUZZ_EXAMPLES=5000 FUZZ_RANDOM=1 explores further than CI's fixed budget.
@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "250")),
    deadline=None,
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    changes=st.lists(st.tuples(st.sampled_from(PLACES), VALUES), min_size=1, max_size=4),
    as_yaml=st.booleans(),
)
def test_any_value_in_any_field_builds_or_gives_diagnostics(
    changes: list[tuple[tuple[Any, ...], Any]], as_yaml: bool
) -> None:
    doc = copy.deepcopy(BASE)
    for place, value in changes:
        _put(doc, place, value)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "spec", "openapi.yaml" if as_yaml else "openapi.json")
        path.parent.mkdir()
        text = yaml.safe_dump(doc, allow_unicode=True) if as_yaml else json.dumps(doc)
        path.write_text(text, encoding="utf-8")
        try:
            result = mcpgen.build(path, formatter="none")
        except McpgenError:
            return
    if not result.ok:
        assert any(d.severity == "error" for d in result.diagnostics)
        return
    _assert_valid_package(result.files)


def _assert_valid_package(files: dict[str, str]) -> None:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} is not JSON")

    tools_file = next(name for name in files if name.endswith("/tools.json"))
    tools = json.loads(files[tools_file], parse_constant=refuse)["tools"]
    assert tools
    for tool in tools:
        Draft202012Validator.check_schema(tool["inputSchema"])
        if "outputSchema" in tool:
            Draft202012Validator.check_schema(tool["outputSchema"])
    for name, text in files.items():
        text.encode("utf-8")  # no lone surrogate anywhere
        if name.endswith(".py"):
            ast.parse(text, filename=name)
