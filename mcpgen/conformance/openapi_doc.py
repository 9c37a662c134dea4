"""The OpenAPI document the mock upstream checks requests against with openapi-core, prepared from the description
the server was built from: every server the document names (top level, path item, operation) is the mock's own
address, and what openapi-core reads differently from the OpenAPI specification is said as the specification means
it, so that a request a conforming server may send is never reported as invalid.

- A property both `readOnly` and `required` is required in responses only (OpenAPI 3.0, "readOnly"): a request that
  leaves it out is valid, so it leaves the `required` lists the requests are checked with.
- An `enum` value of a type the schema does not allow (strings on an array) matches nothing; the server was built
  without it (`schema-invalid`), and so is the document the requests are checked with.
- `readOnly` is about properties; a parameter whose schema says it (GitHub's `alert-number`) is still sent, and
  openapi-core refuses it ("Tried to write read-only property"): such a parameter is checked with a copy without it,
  and so is a request body whose root schema says it (Intellifi's `Location`, `readOnly: true` as a whole).
- A media type with a parameter that is no `name=value` (`text/plain; utf-8`) is sent without it (openapi-core
  cannot parse it); the document says it so too. Parameters are written as servers send them, `; ` between
  (`application/json;charset=utf-8` is the same media type, and openapi-core compares the text).
- A request body of a media range (`*/*`) is sent as JSON, which openapi-core reads for a range as bytes: the range's
  schema is given under `application/json` too.
- A header parameter named `Accept`, `Content-Type` or `Authorization` "SHALL be ignored" (OpenAPI 3, Parameter
  Object): the body's media type, the response types and the security scheme say those headers. InfluxDB declares
  `Accept` with an enum, and openapi-core refuses the `*/*` every HTTP client sends. Nor are the headers the HTTP
  client sets from the request itself (`Transfer-Encoding`, `Content-Length`, `Host`, `Connection`), which the
  build never takes as arguments: Azure Data Lake's ConcurrentAppend requires `Transfer-Encoding: chunked`, and a
  body sent with its length is the same request (its own SDK sends it so).
- A text body (`text/plain`) whose schema is a string of `format: byte` (InfluxDB's line protocol) is sent as the
  text the server was given, as the build reads it; the format says how its bytes travel, so the document checks the
  text without it. A body of a media type neither JSON, form, multipart nor text (`application/octet-stream`) is
  bytes, as the build reads it, whatever its schema says: Swagger 2's `type: file`, converted to OpenAPI 3 as an
  `object` of `format: file` (Azure Data Lake), is any bytes (no schema), not an object bytes never are.
- A `discriminator` beside `allOf` marks a base type whose subtypes name it in their own `allOf` (Azure's
  `Database`, `allOf: [ProxyResource]`, subtypes `ReadWriteDatabase` with `x-ms-discriminator-value`); openapi-core
  reads it as a choice among the `allOf` members instead, and resolves the discriminator's value as a schema name
  (`#/components/schemas/ReadWrite`: no such schema) or, mapped, loops through the subtype back to the base. The
  base's `allOf` is checked as the `allOf` it is, and the discriminator stays only where it chooses (`oneOf`,
  `anyOf`); the subtype's own fields are the IR's to check.
- A security scheme a generated server cannot send (a vendor's own HTTP scheme, PAYONE's `payone-hmac-sha256`
  signature) is built without (`auth-unsupported`: its operations are called without it); openapi-core would refuse
  every such request for the missing `Authorization`, so the document's requirements leave it out too.
"""

from __future__ import annotations

from typing import Any

from ..ingest.body import encoding_of
from ..ingest.openapi import sendable_scheme
from ..ingest.operation import TRANSPORT_HEADERS
from ..ingest.schema import fits_type

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def prepared(document: dict[str, Any], base_url: str) -> dict[str, Any]:
    """`document` (changed in place and returned), read as the module's docstring says."""
    servers = [{"url": base_url}]
    document["servers"] = servers
    unsendable = _unsendable_schemes(document)
    paths = document.get("paths")
    for item in (paths or {}).values() if isinstance(paths, dict) else ():
        if not isinstance(item, dict):
            continue
        if "servers" in item:
            item["servers"] = servers
        for method in _METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and "servers" in operation:
                operation["servers"] = servers
            if isinstance(operation, dict):
                _without(unsendable, operation)
                _json_for_ranges(operation.get("requestBody"), document)
                _ignored_headers(operation, document)
                for param in operation.get("parameters") or ():
                    _writable(param, document)
        for param in item.get("parameters") or ():
            _writable(param, document)
        _ignored_headers(item, document)
    components = document.get("components") or {}
    for param in (components.get("parameters") or {}).values() if isinstance(components, dict) else ():
        _writable(param, document)
    bodies = (document.get("components") or {}).get("requestBodies")
    for body in bodies.values() if isinstance(bodies, dict) else ():
        _json_for_ranges(body, document)
    _without(unsendable, document)
    _request_required(document, document, set())
    _inherited_discriminators(document, set())
    return document


def _unsendable_schemes(document: dict[str, Any]) -> set[str]:
    """The security schemes a generated server cannot send."""
    schemes = document.get("securityDefinitions") or (document.get("components") or {}).get("securitySchemes")
    if not isinstance(schemes, dict):
        return set()
    return {n for n, s in schemes.items() if isinstance(s, dict) and "$ref" not in s and not sendable_scheme(s)}


def _without(unsendable: set[str], owner: dict[str, Any]) -> None:
    """`owner`'s security requirements without the schemes in `unsendable`."""
    requirements = owner.get("security")
    if unsendable and isinstance(requirements, list):
        owner["security"] = [
            {k: v for k, v in r.items() if k not in unsendable} if isinstance(r, dict) else r for r in requirements
        ]


def _inherited_discriminators(node: Any, seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, dict):
        members = node.get("allOf")
        if "discriminator" in node and isinstance(members, list):
            if "oneOf" in node or "anyOf" in node:  # the choice stays, beside the base's own members
                rest = {k: v for k, v in node.items() if k != "allOf"}
                node.clear()
                node["allOf"] = [{"allOf": members}, rest]
            else:
                del node["discriminator"]
        for value in list(node.values()):
            _inherited_discriminators(value, seen)
    elif isinstance(node, list):
        for value in node:
            _inherited_discriminators(value, seen)


_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"}) | TRANSPORT_HEADERS


def _ignored_headers(owner: dict[str, Any], document: dict[str, Any]) -> None:
    params = owner.get("parameters")
    if not isinstance(params, list):
        return
    kept = []
    for param in params:
        target = _resolved(param, document)
        named = str(target.get("name", "")).lower() if isinstance(target, dict) else ""
        if not (isinstance(target, dict) and target.get("in") == "header" and named in _IGNORED_HEADERS):
            kept.append(param)
    if len(kept) < len(params):
        owner["parameters"] = kept


def _resolved(node: Any, document: dict[str, Any]) -> Any:
    """`node`, or what its local `$ref` points at (one level)."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not (isinstance(ref, str) and ref.startswith("#/")):
        return node
    target: Any = document
    for raw in ref[2:].split("/"):
        target = target.get(raw.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
    return target


def _writable(param: Any, document: dict[str, Any]) -> None:
    schema = param.get("schema") if isinstance(param, dict) else None
    if isinstance(schema, dict) and _read_only(schema, document):
        target = _resolved(schema, document)
        if isinstance(target, dict):
            param["schema"] = {k: v for k, v in target.items() if k != "readOnly"}


def _json_for_ranges(body: Any, document: dict[str, Any]) -> None:
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return
    for media in [m for m in content if isinstance(m, str) and ";" in m]:
        base, *params = media.split(";")
        kept = [p.strip() for p in params if "=" in p]
        written = "; ".join([base.strip(), *kept]) if kept else base.strip()
        if written != media:
            content.setdefault(written, content.pop(media))
    for media, entry in content.items():
        _writable(entry, document)  # a request body's root is sent whatever it says (Intellifi's `Location`)
        schema = _resolved(entry.get("schema"), document) if isinstance(entry, dict) else None
        text = isinstance(media, str) and media.startswith("text/") and isinstance(schema, dict)
        if text and schema.get("type") == "string" and schema.get("format") in ("byte", "binary"):
            entry["schema"] = {k: v for k, v in schema.items() if k != "format"}
        elif (
            isinstance(schema, dict)
            and schema.get("type") not in ("string", None)
            and encoding_of(str(media)) == "binary"
        ):
            del entry["schema"]  # Swagger 2's `type: file`, converted as an object of `format: file`: any bytes
    if "application/json" in content:
        return
    ranged = next(
        (m for m in content if isinstance(m, str) and m.split(";")[0].strip() in ("*/*", "application/*")), None
    )
    if ranged is not None:
        content["application/json"] = content[ranged]


def _read_only(schema: Any, document: dict[str, Any]) -> bool:
    """Whether a property schema is read-only, itself or through a local `$ref` (one level)."""
    if not isinstance(schema, dict):
        return False
    target = _resolved(schema, document)
    return schema.get("readOnly") is True or (isinstance(target, dict) and target.get("readOnly") is True)


def _request_required(node: Any, document: dict[str, Any], seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, dict):
        kinds, values = node.get("type"), node.get("enum")
        if isinstance(values, list) and isinstance(kinds, str | list):
            kinds = kinds if isinstance(kinds, list) else [kinds]
            fitting = [v for v in values if v is None or any(fits_type(v, k) for k in kinds)]
            if len(fitting) < len(values):
                if fitting:
                    node["enum"] = fitting
                else:
                    del node["enum"]
        props, required = node.get("properties"), node.get("required")
        if isinstance(props, dict) and isinstance(required, list):
            kept = [r for r in required if not _read_only(props.get(r), document)]
            if len(kept) != len(required):
                if kept:
                    node["required"] = kept
                else:
                    del node["required"]
        for value in node.values():
            _request_required(value, document, seen)
    elif isinstance(node, list):
        for value in node:
            _request_required(value, document, seen)


def media_types(document: dict[str, Any]) -> set[str]:
    """Every media type the request bodies of `document` name."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            content = node.get("content")
            if isinstance(content, dict):
                found.update(m for m in content if isinstance(m, str))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document.get("paths"))
    walk((document.get("components") or {}).get("requestBodies"))
    return found
