"""Fidelity of a curated adapter to its vendor's own description: every tool's method, path, fixed query and
parameters (names, locations, required flags) as the vendor's raw file has them, `$ref`s followed into other
files; arguments may only be trimmed when optional (tests/test_adapters.py)."""

from __future__ import annotations

import functools
import gzip
import json
from pathlib import Path
from typing import Any

from mcpgen.ir import BuildPlan, Tool


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


@functools.cache
def _document(path: Path) -> dict[str, Any]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def _vendor_operation(folder: Path, tool: Tool) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    """(method, path key, operation, whole document) of the tool's operation, read from the raw file."""
    document = {**_document(folder / tool.source.file), "__file__": folder / tool.source.file}
    root, key, method = tool.source.pointer.lstrip("/").split("/")
    return method, _unescape(key), document[root][_unescape(key)][method], document


def _resolved(param: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """`param` with its `$ref`s followed, into other files too (`../common.json#/parameters/X`)."""
    while "$ref" in param:
        target, _, pointer = param["$ref"].partition("#")
        if target:
            path = (document["__file__"].parent / target).resolve()
            document = {**_document(path), "__file__": path}
        node: Any = document
        for part in pointer.lstrip("/").split("/"):
            node = node[_unescape(part)]
        param = node
    return param


def check_fidelity(plan: BuildPlan, folder: Path, scheme: str = "session_id") -> list[str]:
    """Every tool's method, path, fixed query and parameters (names, locations, required flags) as the
    vendor's own file has them; arguments may only be trimmed when optional."""
    problems = []
    for tool in plan.service.tools:
        method, key, operation, document = _vendor_operation(folder, tool)
        path, _, query = key.partition("?")
        where = f"{tool.name} ({method.upper()} {key})"
        if tool.binding.method != method.upper() or tool.binding.path != path:
            problems.append(f"{where}: bound to {tool.binding.method} {tool.binding.path}")
        fixed = {k: v for k, s, v in (p.partition("=") for p in query.split("&")) if s}
        if dict(tool.binding.fixed_query) != fixed and not set(fixed.items()) <= set(tool.binding.fixed_query):
            problems.append(f"{where}: fixed query {dict(tool.binding.fixed_query)} != {fixed}")
        item = document[tool.source.pointer.lstrip("/").split("/")[0]][key]
        merged = {}
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:  # the operation's win
            param = _resolved(raw, document)
            merged[(param["name"], param.get("in"))] = param
        params = list(merged.values())
        by_wire = {(a.wire, a.location): a for a in tool.binding.args if a.location in ("path", "query", "header")}
        body = [p for p in params if p.get("in") in ("body", "formData")]
        for param in params:
            location = param.get("in")
            if location not in ("path", "query", "header") or param["name"] in fixed:
                continue
            if location == "query" and param["name"] in dict(tool.binding.fixed_query):
                continue  # a constant the server always sends (`api-version`)
            if location == "header" and param["name"].lower() in {h.lower() for h, _ in tool.binding.fixed_headers}:
                continue  # a fixed header (`x-ms-version`)
            if location == "header" and param["name"].lower() == "content-length":
                continue  # set by the HTTP client from the body
            required = location == "path" or param.get("required") in (True, "true")
            binding = by_wire.pop((param["name"], location), None)
            if binding is None:
                if required:
                    problems.append(f"{where}: required {location} parameter {param['name']!r} is missing")
                continue
            if binding.required != required and binding.default is None and binding.default_env is None:
                problems.append(f"{where}: {param['name']!r} required={binding.required}, vendor says {required}")
        problems.extend(f"{where}: {wire!r} in {loc} is not a vendor parameter" for wire, loc in by_wire)
        body_args = [a for a in tool.binding.args if a.location in ("body", "body_field")]
        if body and body[0].get("required") and not body_args:
            problems.append(f"{where}: the vendor's required body has no argument")
        if not body and body_args:
            problems.append(f"{where}: body arguments but the vendor operation takes no body")
        if tool.binding.security and scheme not in {n for alt in tool.binding.security for n in alt}:
            problems.append(f"{where}: not secured by {scheme}")
    return problems


def check_openapi3_fidelity(plan: BuildPlan, folder: Path) -> list[str]:
    """As `check_fidelity`, for OpenAPI 3 descriptions: parameters (with `$ref`s) and `requestBody`."""
    problems = []
    for tool in plan.service.tools:
        method, key, operation, document = _vendor_operation(folder, tool)
        where = f"{tool.name} ({method.upper()} {key})"
        if tool.binding.method != method.upper() or tool.binding.path != key.partition("?")[0]:
            problems.append(f"{where}: bound to {tool.binding.method} {tool.binding.path}")
        item = document["paths"][key]
        params = [_resolved(p, document) for p in [*item.get("parameters", []), *operation.get("parameters", [])]]
        by_wire = {(a.wire, a.location): a for a in tool.binding.args if a.location in ("path", "query", "header")}
        for param in params:
            location = param["in"]
            required = location == "path" or param.get("required") is True
            binding = by_wire.pop((param["name"], location), None)
            if binding is None:
                if required:
                    problems.append(f"{where}: required {location} parameter {param['name']!r} is missing")
            elif binding.required != required and binding.default is None and binding.default_env is None:
                problems.append(f"{where}: {param['name']!r} required={binding.required}, vendor says {required}")
        problems.extend(f"{where}: {wire!r} in {loc} is not a vendor parameter" for wire, loc in by_wire)
        body = _resolved(operation.get("requestBody", {}), document)
        body_args = [a for a in tool.binding.args if a.location in ("body", "body_field")]
        if body.get("required") and not body_args:
            problems.append(f"{where}: the vendor's required body has no argument")
        if not body and body_args:
            problems.append(f"{where}: body arguments but the vendor operation takes no body")
        if body_args and tool.binding.body_media_type not in body.get("content", {}):
            problems.append(
                f"{where}: body sent as {tool.binding.body_media_type}, vendor takes {list(body['content'])}"
            )
    return problems
