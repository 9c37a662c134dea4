"""One OpenAPI operation to one IR tool: flat input schema, argument bindings, output schema."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import naming
from ..diagnostics import pointer_join
from ..ir import JSON_STYLE, ArgBinding, HttpBinding, LongRunning, Pagination, SourceLocation, Tool, ToolAnnotations
from . import shape
from .body import add_body_v2, add_body_v3, response_shape
from .context import Draft, OperationContext, SkipOperation
from .errors import located
from .loader import RefError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
LOCATIONS = ("path", "query", "header", "cookie")
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
_COLLECTION_FORMATS = {"csv": None, "ssv": "spaceDelimited", "pipes": "pipeDelimited", "multi": "form"}
_SWAGGER2_SCHEMA_KEYS = (
    "type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
    "uniqueItems", "multipleOf", "description", "x-nullable",
)  # fmt: skip
_ANNOTATIONS = {
    "GET": ToolAnnotations(read_only=True, destructive=False, idempotent=True),
    "HEAD": ToolAnnotations(read_only=True, destructive=False, idempotent=True),
    "OPTIONS": ToolAnnotations(read_only=True, destructive=False, idempotent=True),
    "TRACE": ToolAnnotations(read_only=True, destructive=False, idempotent=True),
    "POST": ToolAnnotations(read_only=False, destructive=False, idempotent=False),
    "PUT": ToolAnnotations(read_only=False, destructive=True, idempotent=True),
    "PATCH": ToolAnnotations(read_only=False, destructive=True, idempotent=False),
    "DELETE": ToolAnnotations(read_only=False, destructive=True, idempotent=True),
}


def convert_operation(
    ctx: OperationContext,
    raw_path: str,
    method: str,
    item: dict[str, Any],
    operation: Any,
    doc: str,
    pointer: str,
) -> Tool | None:
    where = SourceLocation(file=ctx.loader.display(doc), pointer=pointer)
    if isinstance(operation, dict) and isinstance(operation.get("x-mcpgen-source"), dict):
        where = _extracted_from(operation["x-mcpgen-source"], where)
    if not isinstance(operation, dict):
        ctx.diags.warning("operation-invalid", "operation must be an object; skipped", file=where.file, pointer=pointer)
        return None
    if not shape.check(operation, shape.OPERATION, ctx.diags, ctx.loader.display(doc), pointer):
        return None
    x_mcp: dict[str, Any] = operation["x-mcp"] if isinstance(operation.get("x-mcp"), dict) else {}
    if x_mcp.get("exclude") is True:
        ctx.diags.info("operation-excluded", "excluded by x-mcp.exclude", file=where.file, pointer=pointer)
        return None
    with located(ctx.diags, where.file, pointer, f"operation {method.upper()} {raw_path}"):
        try:
            return _convert(ctx, raw_path, method, item, operation, doc, where, x_mcp)
        except (SkipOperation, RefError) as exc:
            ctx.diags.warning(
                "operation-skipped",
                f"{method.upper()} {raw_path} skipped: {exc}",
                file=where.file,
                pointer=pointer,
                hint=getattr(exc, "hint", ""),
            )
    return None


def _convert(
    ctx: OperationContext,
    raw_path: str,
    method: str,
    item: dict[str, Any],
    operation: dict[str, Any],
    doc: str,
    where: SourceLocation,
    x_mcp: dict[str, Any],
) -> Tool:
    path, _, query = raw_path.partition("?")
    # `/{c}?restype=container` fixes a value; a bare `?library_id` (vSphere) only tells the key apart
    fixed = {k: v for k, sep, v in (p.partition("=") for p in query.split("&")) if k and sep}
    draft = Draft()
    body_params: list[tuple[dict[str, Any], str, str]] = []
    keyed: list[str] = []  # API-key schemes whose credential the operation also declares as a parameter
    needed: list[str] = []  # ...and those of them it declares required
    for param, pdoc, pptr in _parameters(ctx, item, operation, doc, where.pointer):
        location = param.get("in")
        if (scheme := _credential_of(ctx, param)) is not None:
            keyed.append(scheme)
            if param.get("required") is True:
                needed.append(scheme)
            ctx.note_once("credential-parameter", f"parameter {param['name']!r} ({location}) is the credential of "
                          f"security scheme {scheme!r}: the server sends the configured credential, it is never a "
                          "tool argument", ctx.loader.display(pdoc))  # fmt: skip
        elif location in ("body", "formData"):
            body_params.append((param, pdoc, pptr))
        elif location == "query" and param["name"] in fixed:
            continue  # the path key itself gives its value (`/{c}?restype=container`)
        elif location in LOCATIONS:
            constant = _add_parameter(ctx, draft, param, pdoc, pptr)
            if constant is not None:
                fixed[param["name"]] = constant
        else:
            raise SkipOperation(f"parameter {param.get('name')!r} has unknown location {location!r}")
    missing = [n for n in _path_names(path) if not any(a.location == "path" and a.wire == n for a in draft.args)]
    for name in missing:
        ctx.diags.warning("path-param-undeclared", f"path parameter {name!r} is not declared; taken as a string",
                          file=where.file, pointer=where.pointer)  # fmt: skip
        binding = ArgBinding(arg=naming.arg_name(name), wire=name, location="path", required=True)
        draft.add(ctx, where, binding, {"type": "string", "minLength": 1})
    body = _body(ctx, draft, operation, body_params, doc, where)
    method_u = method.upper()
    output_schema, wrapped, response_kind, response_type = _response(ctx, operation, doc, where)
    if method_u == "HEAD":  # a HEAD answer never has a body (RFC 9110 9.3.2), whatever the description says
        output_schema, wrapped, response_kind, response_type = None, False, "empty", None
    input_schema: dict[str, Any] = {"type": "object", "properties": draft.properties}
    if draft.required:
        input_schema["required"] = draft.required
    if draft.at_least_one:
        input_schema["anyOf"] = [{"required": [name]} for name in draft.at_least_one]
    input_schema, loosened = ctx.converter.bundle(input_schema, "input", ctx.options.input_schema_budget)
    if loosened:
        ctx.diags.info("schema-loosened", "input schema over budget: deeper definitions accept any value",
                       file=where.file, pointer=where.pointer)  # fmt: skip
    summary = _text(operation.get("summary"))
    description = _text(x_mcp.get("description")) or _join(summary, _text(operation.get("description")))
    if not description:
        description = f"{method_u} {raw_path}"
    deprecated = operation.get("deprecated") is True
    if deprecated:
        description = "Deprecated. " + description
    operation_id = operation.get("operationId") if isinstance(operation.get("operationId"), str) else None
    if isinstance(x_mcp.get("name"), str) and x_mcp["name"].strip():
        name = naming.tool_name_from_operation_id(x_mcp["name"])
    elif operation_id:
        name = naming.tool_name_from_operation_id(operation_id)
    else:
        name = naming.tool_name_from_route(method, raw_path)
    return Tool(
        name=name,
        title=summary or None,
        description=description,
        input_schema=input_schema,
        output_schema=output_schema,
        output_wrapped=wrapped,
        annotations=_ANNOTATIONS.get(method_u, ToolAnnotations()),
        binding=HttpBinding(
            method=method_u,
            path=path,
            fixed_query=tuple(fixed.items()),
            args=tuple(draft.args),
            body_encoding=body[0],
            body_media_type=body[1],
            body_required=body[2],
            response_kind=response_kind,
            response_media_type=response_type,
            security=_with_keys(_security(ctx, operation, where), keyed, needed),
            pagination=_pageable(operation, method_u, response_kind),
            long_running=_long_running(operation),
            scopes=_scopes(ctx, operation),
        ),
        tags=tuple(str(t) for t in operation.get("tags") or () if isinstance(t, str | int)),
        operation_id=operation_id,
        deprecated=deprecated,
        source=where,
        py_name=naming.py_identifier(name),
    )


def _pageable(operation: dict[str, Any], method: str, response_kind: str) -> Pagination | None:
    """AutoRest's `x-ms-pageable` (Azure, Microsoft Graph): the answer's `nextLinkName` property holds the
    URL of the next page and `itemName` (default `value`) the items. A null `nextLinkName` means one page."""
    pageable = operation.get("x-ms-pageable")
    if method != "GET" or response_kind != "json" or not isinstance(pageable, dict):
        return None
    link, items = pageable.get("nextLinkName"), pageable.get("itemName", "value")
    if not isinstance(link, str) or not link or not isinstance(items, str) or not items:
        return None
    return Pagination(style="next_link", next=link, items=items)


def _long_running(operation: dict[str, Any]) -> LongRunning | None:
    """AutoRest's `x-ms-long-running-operation` and its `final-state-via` option."""
    if operation.get("x-ms-long-running-operation") is not True:
        return None
    options = operation.get("x-ms-long-running-operation-options")
    via = options.get("final-state-via") if isinstance(options, dict) else None
    return LongRunning(final_state_via=via if isinstance(via, str) else None)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _join(summary: str, description: str) -> str:
    if summary and description and not description.startswith(summary):
        return f"{summary}\n\n{description}"
    return description or summary


def _path_names(path: str) -> list[str]:
    names, rest = [], path
    while "{" in rest:
        _, _, rest = rest.partition("{")
        name, _, rest = rest.partition("}")
        names.append(name)
    return names


def _parameters(
    ctx: OperationContext, item: dict[str, Any], operation: dict[str, Any], doc: str, op_ptr: str
) -> list[tuple[dict[str, Any], str, str]]:
    """Path-level then operation-level parameters, resolved; the operation's win on (name, in)."""
    merged: dict[tuple[str, str], tuple[dict[str, Any], str, str]] = {}
    item_ptr = op_ptr.rsplit("/", 1)[0]
    for owner, owner_ptr in ((item, item_ptr), (operation, op_ptr)):
        for i, raw in enumerate(owner.get("parameters") or []):
            pdoc, pptr, param = doc, owner_ptr + pointer_join("parameters", str(i)), raw
            seen = 0
            while isinstance(param, dict) and "$ref" in param and seen < 20:
                pdoc, pptr, param = ctx.loader.resolve(param["$ref"], pdoc)
                seen += 1
            if isinstance(param, dict) and not shape.check(param, shape.PARAMETER, ctx.diags,
                                                           ctx.loader.display(pdoc), pptr):  # fmt: skip
                raise SkipOperation(f"parameter at {pptr} is not a valid parameter object")
            if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                raise SkipOperation(f"parameter at {pptr} has no name")
            merged[(param["name"], str(param.get("in")))] = (param, pdoc, pptr)
    return list(merged.values())


TRANSPORT_HEADERS = frozenset({"content-length", "host", "connection", "transfer-encoding"})
"""Header parameters the HTTP client sets from the request itself: never tool arguments."""


def _add_parameter(ctx: OperationContext, draft: Draft, param: dict[str, Any], doc: str, ptr: str) -> str | None:
    """Adds the parameter as an argument; or, for a query constant, returns its value instead."""
    location = param["in"]
    if location == "header" and str(param["name"]).lower() in TRANSPORT_HEADERS:
        ctx.note_once("header-by-client", f"header parameters such as {param['name']!r} are set by the HTTP client "
                      "from the request, not taken as arguments", ctx.loader.display(doc))  # fmt: skip
        return None
    schema, style, explode = _parameter_schema(ctx, param, doc, ptr)
    if location == "query" and param.get("required") is True:
        constant = _constant(ctx, param["name"], schema)
        if constant is not None:
            return constant
    text = param.get("description")
    if isinstance(text, str) and text.strip() and isinstance(schema, dict) and "description" not in schema:
        schema = {**schema, "description": text.strip()}
    if param.get("deprecated") is True and isinstance(schema, dict):
        schema = {**schema, "deprecated": True}
    if location == "query" and ctx.version != "2.0" and param.get("allowEmptyValue") is not True:
        schema = _non_empty(schema)
    if location == "path":  # an empty segment (`/pets//toys`) never reaches the operation, nor does a null
        schema = _non_empty(_without_empty_value(ctx, _not_null(schema), doc, ptr))
    if (location == "path" or param.get("required") is True) and style != JSON_STYLE:
        schema = _some_items(schema)  # an empty array in a path leaves an empty segment
    default_style = _DEFAULT_STYLE[location]
    default_explode = (style or default_style) == "form"
    allow_reserved = param.get("allowReserved") is True or param.get("x-ms-skip-url-encoding") is True
    binding = ArgBinding(
        arg=naming.arg_name(param["name"]),
        wire=param["name"],
        location=location,
        required=location == "path" or param.get("required") is True,
        style=style if style and style != default_style else None,
        explode=explode if explode is not None and explode != default_explode else None,
        allow_reserved=allow_reserved,
    )
    draft.add(ctx, SourceLocation(file=ctx.loader.display(doc), pointer=ptr), binding, schema)
    return None


def _not_null(schema: Any) -> Any:
    """A path parameter's schema without `null` (Graph's nullable `fromDateTime={fromDateTime}`): a path has no
    null, and a null value would leave an empty segment."""
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind and len(kind) > 1:
        rest = [k for k in kind if k != "null"]
        schema = {**schema, "type": rest[0] if len(rest) == 1 else rest}
    for key in ("anyOf", "oneOf"):
        branches = schema.get(key)
        if isinstance(branches, list) and any(b == {"type": "null"} for b in branches) and len(branches) > 1:
            schema = {**schema, key: [b for b in branches if b != {"type": "null"}]}
    return schema


def _non_empty(schema: Any) -> Any:
    """OpenAPI 3 query values may not be empty unless `allowEmptyValue` says so: strings get minLength 1 (a
    pattern that also matches the empty string, `^[0-9+]*$`, included)."""
    if not isinstance(schema, dict) or schema.get("type") not in ("string", ["string", "null"]):
        return schema
    if any(k in schema for k in ("minLength", "enum", "const")):
        return schema
    return {**schema, "minLength": 1}


def _without_empty_value(ctx: OperationContext, schema: Any, doc: str, ptr: str) -> Any:
    """A path parameter whose enum lists "" among other values ("'' for no filter", PeerTube's job state) would
    leave an empty path segment, which the server refuses to send (a client or server resolves `/jobs/` or
    `/a//b` to another endpoint): "" is left out of the tool's enum, so a valid argument is always one it sends."""
    values = schema.get("enum") if isinstance(schema, dict) else None
    if not isinstance(values, list) or "" not in values or all(v == "" for v in values):
        return schema
    ctx.diags.info("empty-path-value", 'the path parameter lists "" among its values; an empty path segment is '
                   'never sent, so "" is left out', file=ctx.loader.display(doc), pointer=ptr)  # fmt: skip
    return {**schema, "enum": [v for v in values if v != ""]}


def _some_items(schema: Any) -> Any:
    """An empty array or object sends nothing in a query, header or cookie (and leaves an empty path segment), so a
    required one needs an item (SNS's `Attributes` map, OBS's `package_name` path array)."""
    kind = schema.get("type") if isinstance(schema, dict) else None
    kinds = [k for k in (kind if isinstance(kind, list) else [kind]) if k in ("array", "object")]
    if len(kinds) != 1:  # (a nullable one, `["array", "null"]`, too: Sinao's `contacts` query sent empty)
        return schema
    key = "minItems" if kinds[0] == "array" else "minProperties"
    low = schema.get(key, 0)
    if isinstance(low, int) and not isinstance(low, bool) and low >= 1:
        return schema
    if key == "minProperties":
        named = schema.get("properties") or schema.get("patternProperties")
        if schema.get("required") or not (named or schema.get("additionalProperties", True) is not False):
            return schema  # never empty already, or nothing could be added
    return {**schema, key: 1}


def _constant(ctx: OperationContext, name: str, schema: Any) -> str | None:
    """The one value a required query parameter can take: a single-value enum or `const`, or, for
    Azure's `api-version` (which AutoRest clients fill in), the description's own version."""
    if not isinstance(schema, dict):
        return None
    values = schema["enum"] if isinstance(schema.get("enum"), list) else None
    if "const" in schema:
        values = [schema["const"]]
    if values is not None:
        value = values[0] if len(values) == 1 else None
        return value if isinstance(value, str) else None
    info = ctx.doc.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if name == "api-version" and schema.get("type") == "string" and isinstance(version, str) and version:
        value = str(schema.get("default", version))
        ctx.note_once("api-version-fixed", f"every call sends api-version={value}, the description's version",
                      ctx.loader.display(ctx.loader.entry_key))  # fmt: skip
        return value
    return None


def _parameter_schema(
    ctx: OperationContext, param: dict[str, Any], doc: str, ptr: str
) -> tuple[Any, str | None, bool | None]:
    if ctx.version == "2.0":
        raw = {k: param[k] for k in _SWAGGER2_SCHEMA_KEYS if k in param}
        raw.pop("description", None)
        collection = param.get("collectionFormat", "csv") if param.get("type") == "array" else None
        style = _COLLECTION_FORMATS.get(collection) if collection else None
        explode = (collection == "multi") if collection else None
        return ctx.converter.convert(raw, doc, ptr, "input"), style, explode
    raw_schema = param.get("schema")
    schema_ptr = ptr + "/schema"
    style = param.get("style") if isinstance(param.get("style"), str) else None
    if raw_schema is None and isinstance(param.get("content"), dict) and param["content"]:
        media, spec = next(iter(param["content"].items()))
        raw_schema = spec.get("schema") if isinstance(spec, dict) else None
        schema_ptr = ptr + pointer_join("content", media, "schema")
        if "json" in str(media).lower():  # the value goes as JSON text (`x-metadata: {"name":"a"}`)
            style = JSON_STYLE
    schema = ctx.converter.convert(raw_schema if raw_schema is not None else {}, doc, schema_ptr, "input")
    explode = param.get("explode") if isinstance(param.get("explode"), bool) else None
    return schema, style, explode


def _body(
    ctx: OperationContext,
    draft: Draft,
    operation: dict[str, Any],
    body_params: list[tuple[dict[str, Any], str, str]],
    doc: str,
    where: SourceLocation,
) -> tuple[Any, str | None, bool]:
    """Adds the request body's arguments; returns (encoding, media type, required)."""
    if ctx.version == "2.0":
        return add_body_v2(ctx, draft, operation, body_params, where)
    return add_body_v3(ctx, draft, operation, doc, where)


def _response(
    ctx: OperationContext, operation: dict[str, Any], doc: str, where: SourceLocation
) -> tuple[dict[str, Any] | None, bool, Any, str | None]:
    return response_shape(ctx, operation, doc, where)


def _security(ctx: OperationContext, operation: dict[str, Any], where: SourceLocation) -> tuple[tuple[str, ...], ...]:
    requirements = operation.get("security", ctx.doc.get("security"))
    if not isinstance(requirements, list):
        return ()
    result = []
    for requirement in requirements:
        if not isinstance(requirement, dict):
            continue
        names = tuple(sorted(requirement))
        unknown = [n for n in names if n not in ctx.schemes]
        if unknown:
            ctx.diags.warning("auth-unknown", f"security requirement names undefined scheme(s) {unknown}",
                              file=where.file, pointer=where.pointer)  # fmt: skip
            continue
        # a scheme mcpgen cannot speak (a vendor's own HMAC signature) is left out, as its warning says: its
        # operations are called without it, and the upstream's 401 tells the user, rather than refused locally
        result.append(tuple(n for n in names if ctx.schemes[n].kind != "unsupported"))
    return tuple(result)


def _credential_of(ctx: OperationContext, param: dict[str, Any]) -> str | None:
    """The API-key scheme whose credential `param` is (same name, same place; header names in any case)."""
    name, location = str(param["name"]), param.get("in")
    for scheme in ctx.schemes.values():
        if scheme.kind != "api_key" or scheme.location != location or scheme.param_name is None:
            continue
        if scheme.param_name == name or (location == "header" and scheme.param_name.lower() == name.lower()):
            return scheme.name
    return None


def _with_keys(
    alternatives: tuple[tuple[str, ...], ...], keyed: list[str], needed: Sequence[str] = ()
) -> tuple[tuple[str, ...], ...]:
    """The operation's security alternatives, plus sending a key it declares as a parameter when none of them
    sends it (tried last: the runtime takes the first alternative whose credentials are configured); a key it
    declares required goes with every alternative (Apideck's `x-apideck-app-id` beside `Authorization`)."""
    must = tuple(dict.fromkeys(needed))
    if must:
        alternatives = tuple(tuple(sorted(set(alt) | set(must))) for alt in alternatives) or (tuple(sorted(must)),)
    extra = [(name,) for name in dict.fromkeys(keyed) if not any(name in alt for alt in alternatives)]
    return (*alternatives, *extra)


def _scopes(ctx: OperationContext, operation: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The scopes each security alternative asks for (OAuth 2 / OpenID Connect scopes, or 3.1 roles), in the
    order of `_security`; empty when some alternative asks for none."""
    requirements = operation.get("security", ctx.doc.get("security"))
    if not isinstance(requirements, list):
        return ()
    result = []
    for requirement in requirements:
        if not isinstance(requirement, dict) or any(n not in ctx.schemes for n in requirement):
            continue
        scopes = sorted({str(s) for v in requirement.values() if isinstance(v, list) for s in v if isinstance(s, str)})
        if not scopes:
            return ()  # this alternative is enough without any scope
        result.append(tuple(scopes))
    return tuple(result)


def _extracted_from(source: dict[str, Any], fallback: SourceLocation) -> SourceLocation:
    """The passage of the documentation an extracted operation came from (`x-mcpgen-source`)."""
    line, page, section = source.get("line"), source.get("page"), source.get("section")
    return SourceLocation(
        file=str(source.get("file") or fallback.file),
        line=line if isinstance(line, int) else None,
        page=page if isinstance(page, int) else None,
        section=section if isinstance(section, str) else "",
    )
