"""An extraction written as an OpenAPI 3.1 document: the form a person reviews, and the form ingest reads.

Each operation keeps where it was found in `x-mcpgen-source` (file, line, page, heading path), so a
reviewed and re-fed document still points back to the passage it came from.
"""

from __future__ import annotations

import json
import re
from typing import Any

from genson import SchemaBuilder

from ... import naming
from .blocks import Where
from .endpoint import Endpoint, Extraction
from .params import Param
from .requests import Excerpt
from .sent_bodies import stated_bodies
from .separate_uses import separate_uses
from .spelled_twins import spelled_twin

SOURCE_KEY = "x-mcpgen-source"
CONFIDENCE_KEY = "x-mcpgen-confidence"
INFERRED_KEY = "x-mcpgen-inferred"
_BRACKETS = re.compile(r"\[([^\]]*)\]")
_PATH_PARAM = re.compile(r"\{([^}]+)\}")


def path_name(name: str) -> str:
    """A path parameter's name as OpenAPI tools read it: `{channel.id}` is `{channel_id}` (a dot in a template
    is attribute access to some of them)."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_") or "param"


def to_openapi(extraction: Extraction, *, source: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": extraction.title or "API", "version": "0.0.0"},
    }
    if extraction.description:
        doc["info"]["description"] = extraction.description
    doc["info"]["x-mcpgen-extracted-from"] = source
    if extraction.servers:
        doc["servers"] = [_server(url) for url in extraction.servers]
    paths: dict[str, dict[str, Any]] = {}
    used_ids: set[str] = set()
    fixed: dict[str, dict[str, Any]] = {}
    for endpoint in sorted(extraction.endpoints, key=lambda e: (e.where.file, e.where.page or 0, e.where.line or 0)):
        # operations told apart by a fixed query (`/counters/{name}?action=reset`) go where Azure puts them
        path = _PATH_PARAM.sub(lambda m: "{" + path_name(m.group(1)) + "}", endpoint.path)
        item = (fixed if "?" in path else paths).setdefault(path, {})
        item[endpoint.method.lower()] = _operation(endpoint, extraction, used_ids)
    doc["paths"] = paths
    if fixed:
        doc["x-ms-paths"] = fixed
    if extraction.auth:
        doc["components"] = {"securitySchemes": dict(sorted(extraction.auth.items()))}
    return doc


def source_of(where: Where) -> dict[str, Any]:
    source: dict[str, Any] = {"file": where.file}
    if where.page is not None:
        source["page"] = where.page
    if where.line is not None:
        source["line"] = where.line
    if where.section:
        source["section"] = where.section
    return source


def _server(url: str) -> dict[str, Any]:
    variables = {
        name: {"default": "localhost", "description": f"The {name} the API is served from."}
        for name in re.findall(r"\{([^}]+)\}", url)
    }
    server: dict[str, Any] = {"url": url}
    if variables:
        server["variables"] = variables
    return server


def _operation(endpoint: Endpoint, extraction: Extraction, used_ids: set[str]) -> dict[str, Any]:
    operation: dict[str, Any] = {}
    if endpoint.summary:
        operation["summary"] = endpoint.summary
        base = naming.snake(endpoint.summary)[:60] or None
        if base and len(base.split("_")) <= 8:
            op_id = base
            counter = 2
            while op_id in used_ids:
                op_id, counter = f"{base}_{counter}", counter + 1
            used_ids.add(op_id)
            operation["operationId"] = op_id
    if endpoint.description:
        operation["description"] = endpoint.description
    parameters = [
        _parameter(p)
        for (_, location), p in endpoint.params.items()
        if location in ("path", "query", "header", "cookie")
    ]
    if parameters:
        operation["parameters"] = parameters
    body = _request_body(endpoint)
    if body is not None:
        operation["requestBody"] = body
    operation["responses"] = _responses(endpoint)
    if extraction.auth:
        operation["security"] = [{name: []} for name in sorted(extraction.auth)]
    operation[SOURCE_KEY] = source_of(endpoint.where)
    operation[CONFIDENCE_KEY] = confidence(endpoint)
    return operation


def confidence(endpoint: Endpoint) -> dict[str, Any]:
    """How sure the extraction of one operation is (0-1), with the evidence: what stated the operation, where
    its parameters came from, and what was inferred rather than read (a location chosen by the method, a
    required flag the document never states, a body known only from a JSON example)."""
    score = 1.0
    evidence: list[str] = []
    if endpoint.primary:
        evidence.append(f"stated as a request line ({endpoint.method} {endpoint.path})")
    elif endpoint.owned:
        score -= 0.25
        evidence.append("shown only by example requests (curl or raw HTTP), never stated as a request line")
    else:
        score -= 0.45
        evidence.append("only named (in an overview, a list or an example): no section describes it")
    if endpoint.method_inferred:
        score -= 0.3
        evidence.append(f"the document names only the path: {endpoint.method} inferred, not stated")
    if not endpoint.description and not endpoint.summary:
        score -= 0.05
        evidence.append("no description")
    params = [p for (_, location), p in endpoint.params.items() if location != "path"]
    origins: dict[str, int] = {}
    for param in params:
        origins[param.origin or "unknown"] = origins.get(param.origin or "unknown", 0) + 1
    if origins:
        evidence.append(
            "parameters from " + ", ".join(f"{origin} ({count})" for origin, count in sorted(origins.items()))
        )
    guessed = [p.name for p in params if p.location_guessed]
    if guessed:
        score -= min(0.2, 0.05 * len(guessed))
        evidence.append(f"location guessed from the method ({endpoint.method}): {', '.join(sorted(guessed)[:8])}")
    unflagged = [p.name for p in params if p.required is None]
    if unflagged:
        score -= 0.15 * len(unflagged) / len(params)
        evidence.append(f"required flag not stated for {len(unflagged)} of {len(params)} parameters")
    seen = [p.name for p in params if p.origin == "example request"]
    if seen:
        score -= min(0.15, 0.05 * len(seen))
        evidence.append(f"seen only in example requests: {', '.join(sorted(seen)[:8])}")
    body_fields = [p for p in params if p.location == "body"]
    if endpoint.request_examples and not body_fields:
        score -= 0.1
        evidence.append("request body known only from a JSON example: its types are guessed, nothing is required")
    return {"score": round(max(0.05, min(1.0, score)), 2), "evidence": evidence}


def _schema(param: Param) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": param.type or "string"}
    if param.type == "array":
        schema["items"] = {"type": param.items_type or "string"}
    if param.enum and schema["type"] == "string":
        schema["enum"] = list(dict.fromkeys(param.enum))
    if param.default is not None and (not schema.get("enum") or param.default in schema["enum"]):
        schema["default"] = param.default
    return schema


def _parameter(param: Param) -> dict[str, Any]:
    name = path_name(param.name) if param.location == "path" else param.name
    parameter: dict[str, Any] = {"name": name, "in": param.location}
    if param.description:
        parameter["description"] = param.description
    if param.location == "path" or param.required:
        parameter["required"] = True
    parameter["schema"] = _schema(param) if param.location != "path" else {"type": param.type or "string"}
    inferred = [
        reason
        for reason, on in (
            ("location guessed from the method", param.location_guessed),
            ("seen only in example requests", param.origin == "example request"),
            ("required flag not stated", param.required is None and param.location != "path"),
        )
        if on
    ]
    if inferred:  # what a reviewer should check about this parameter
        parameter[INFERRED_KEY] = inferred
    return parameter


def _request_body(endpoint: Endpoint) -> dict[str, Any] | None:
    fields = [p for (_, location), p in endpoint.params.items() if location == "body"]
    if endpoint.body_kind == "binary" and not fields:
        return {"required": True, "content": {"application/octet-stream": {"schema": {}}}}
    inferred = _infer(endpoint.request_examples) if endpoint.request_examples else {}
    objects = [o for o in inferred.get("anyOf", ()) if o.get("type") == "object" and o.get("properties")]
    if len(objects) == 1:  # one object, and the same sent as a batch (an array of them): the object is the body
        inferred = {k: v for k, v in objects[0].items() if k != "required"}  # one example twice proves nothing
    if not fields and not inferred.get("properties"):
        if inferred:
            return {"content": {"application/json": {"schema": inferred}}}
        return None
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    required: list[str] = []
    nested = any(_BRACKETS.search(p.name) for p in fields)
    for param in fields:
        _place(schema, param, inferred.get("properties", {}), required)
    # (an excerpt, `{"index": 1, ... }`, shows no key left out: it is not compared)
    whole = [e for e in stated_bodies(endpoint.request_examples) if not isinstance(e, Excerpt)]
    distinct = {json.dumps(e, sort_keys=True) for e in whole}
    # a key in every example counts as required only where the examples leave some keys out: examples that all
    # send the same keys (`{"ResetType": "On"}`, `{"ResetType": "ForceOff"}`) show values, not what may be omitted
    # (the bodies the document states as the request's, not those example calls send: `sent_bodies.py`)
    shapes = {frozenset(e) for e in whole if isinstance(e, dict)}
    example_required = set(inferred.get("required", ())) if len(distinct) > 1 and len(shapes) > 1 else set()
    if endpoint.all_optional:  # "all fields are optional", "or raw data directly as the body": none is needed
        example_required = set()
    if separate_uses(endpoint):  # "Create an invoice" and "Pay an invoice", each `POST /payments` with its body
        example_required = set()
    for name, sub in inferred.get("properties", {}).items():
        if name not in schema["properties"] and not spelled_twin(name, schema["properties"]):  # `userId`: user_id
            schema["properties"][name] = sub
            if name in example_required:
                required.append(name)
    if required:
        schema["required"] = sorted(set(required))
    kinds = {"form": "application/x-www-form-urlencoded", "multipart": "multipart/form-data"}
    media = "application/json" if nested else kinds.get(endpoint.body_kind, "application/json")
    return {"required": bool(required), "content": {media: {"schema": schema}}}


def _place(schema: dict[str, Any], param: Param, inferred: dict[str, Any], required: list[str]) -> None:
    """A body field into the object schema; Rails-style `poll[options][]` becomes `poll.options` (an array)."""
    head, *rest = re.split(r"\[", param.name, maxsplit=1)
    leaf = _schema(param)
    if param.type is None and head in inferred and not rest:
        leaf = dict(inferred[head])
    if param.description:
        leaf["description"] = param.description
    if not rest:
        schema["properties"].setdefault(head, leaf)
        if param.required:
            required.append(head)
        return
    keys = _BRACKETS.findall("[" + rest[0])
    node = schema["properties"].setdefault(head, {"type": "object", "properties": {}})
    for key in keys:
        if key == "":
            node["type"] = "array"
            node.pop("properties", None)
            node = node.setdefault("items", {})
            continue
        node.setdefault("type", "object")
        node = node.setdefault("properties", {}).setdefault(key, {})
    if not node:
        node.update(leaf if keys[-1] != "" else {"type": param.type if param.type != "array" else "string"})


def _responses(endpoint: Endpoint) -> dict[str, Any]:
    status = "201" if endpoint.method == "POST" and not endpoint.response_examples else "200"
    response: dict[str, Any] = {"description": "Success"}
    if endpoint.response_examples:
        status = "200"
        response["content"] = {"application/json": {"schema": _infer(endpoint.response_examples)}}
    return {status: response}


def _infer(examples: list[Any]) -> dict[str, Any]:
    builder = SchemaBuilder(schema_uri=None)
    for example in examples:
        builder.add_object(example)
    return _clean(builder.to_schema())


def _clean(schema: Any) -> Any:
    """`null` in an example says nothing about the type: allow anything there."""
    if isinstance(schema, dict):
        if schema.get("type") == "null":
            return {}
        if isinstance(schema.get("type"), list):
            types = [t for t in schema["type"] if t != "null"]
            schema = {**schema, "type": types[0] if len(types) == 1 else types}
        if "anyOf" in schema:
            options = [_clean(s) for s in schema["anyOf"] if s.get("type") != "null"]
            schema = {k: v for k, v in schema.items() if k != "anyOf"}
            if len(options) == 1:
                schema.update(options[0])
            elif options:
                schema["anyOf"] = options
        return {k: _clean(v) if k in ("properties", "items") or isinstance(v, dict) else v for k, v in schema.items()}
    return schema
