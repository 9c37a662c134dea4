"""Request bodies (flattened into tool arguments) and the success response's shape."""

from __future__ import annotations

from typing import Any

from .. import naming
from ..diagnostics import pointer_join
from ..ir import ArgBinding, BodyEncoding, ResponseKind, SourceLocation
from .context import Draft, OperationContext, SkipOperation
from .schema import DEF_PREFIX

_SWAGGER2_FIELD_KEYS = (
    "type", "format", "items", "enum", "default", "minimum", "maximum", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf", "x-nullable",
)  # fmt: skip


def is_json(media: str) -> bool:
    media = media.split(";")[0].strip().lower()
    return media in ("application/json", "*/*", "text/json") or media.endswith("+json")


def encoding_of(media: str) -> BodyEncoding:
    media = media.split(";")[0].strip().lower()
    if is_json(media):
        return "json"
    if media == "multipart/form-data" or media.startswith("multipart/"):
        return "multipart"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if media.startswith("text/"):
        return "text"
    return "binary"


def _pick_media(content: dict[str, Any]) -> str:
    medias = list(content)
    for test in (
        is_json,
        lambda m: m.startswith("multipart/form-data"),
        lambda m: m.startswith("application/x-www-form-urlencoded"),
    ):
        for media in medias:
            if test(media.lower()):
                return media
    return medias[0]


def _deref(ctx: OperationContext, node: Any, doc: str, ptr: str) -> tuple[Any, str, str]:
    for _ in range(32):
        if not (isinstance(node, dict) and "$ref" in node):
            break
        doc, ptr, node = ctx.loader.resolve(node["$ref"], doc)
    return node, doc, ptr


def _object_fields(
    ctx: OperationContext, raw: Any, doc: str, ptr: str, depth: int = 0
) -> tuple[dict[str, tuple[Any, str, str]], list[str]] | None:
    """The properties of a plain object schema (following `$ref` and `allOf`), or None."""
    raw, doc, ptr = _deref(ctx, raw, doc, ptr)
    if not isinstance(raw, dict) or depth > 8:
        return None
    if any(k in raw for k in ("oneOf", "anyOf", "not")) or raw.get("type") not in (None, "object"):
        return None
    fields: dict[str, tuple[Any, str, str]] = {}
    required: list[str] = []
    for i, part in enumerate(raw.get("allOf") or []):
        sub = _object_fields(ctx, part, doc, ptr + pointer_join("allOf", str(i)), depth + 1)
        if sub is None:
            return None
        fields.update(sub[0])
        required.extend(r for r in sub[1] if r not in required)
    props = raw.get("properties")
    if isinstance(props, dict):
        for name, prop in props.items():
            fields[name] = (prop, doc, ptr + pointer_join("properties", name))
    required.extend(r for r in raw.get("required") or [] if isinstance(r, str) and r not in required)
    if not fields:
        return None
    return fields, required


def _add_fields(
    ctx: OperationContext,
    draft: Draft,
    fields: dict[str, tuple[Any, str, str]],
    required: list[str],
    body_required: bool,
    where: SourceLocation,
) -> None:
    for name, (prop, doc, ptr) in fields.items():
        resolved, _, _ = _deref(ctx, prop, doc, ptr)
        if isinstance(resolved, dict) and resolved.get("readOnly") is True:
            continue
        schema = ctx.converter.convert(prop, doc, ptr, "input")
        binding = ArgBinding(
            arg=naming.arg_name(name),
            wire=name,
            location="body_field",
            required=body_required and name in required,
            binary=_is_binary(schema),
        )
        draft.add(ctx, where, binding, schema)


def _is_binary(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("contentEncoding") == "base64"


def _add_whole_body(
    ctx: OperationContext, draft: Draft, schema: Any, encoding: BodyEncoding, required: bool, where: SourceLocation
) -> None:
    if encoding == "binary":
        schema = {"type": "string", "contentEncoding": "base64", "description": "The request body, base64-encoded."}
    elif encoding == "text":
        schema = {"type": "string", "description": "The request body."}
    binding = ArgBinding(arg="body", wire="body", location="body", required=required, binary=encoding == "binary")
    draft.add(ctx, where, binding, schema)


def add_body_v3(
    ctx: OperationContext, draft: Draft, operation: dict[str, Any], doc: str, where: SourceLocation
) -> tuple[BodyEncoding | None, str | None, bool]:
    ptr = where.pointer + "/requestBody"
    body, bdoc, bptr = _deref(ctx, operation.get("requestBody"), doc, ptr)
    if not isinstance(body, dict):
        return None, None, False
    content = body.get("content")
    if not isinstance(content, dict) or not content:
        return None, None, False
    media = _pick_media(content)
    encoding = encoding_of(media)
    required = body.get("required") is True
    spec = content[media] if isinstance(content[media], dict) else {}
    raw = spec.get("schema", {})
    sptr = bptr + pointer_join("content", media, "schema")
    if encoding in ("json", "form", "multipart"):
        fields = _object_fields(ctx, raw, bdoc, sptr)
        if fields is not None:
            _add_fields(ctx, draft, fields[0], fields[1], required, where)
            return encoding, media, required
        if encoding != "json":
            raise SkipOperation(f"a {media} body must be an object schema")
    schema = ctx.converter.convert(raw, bdoc, sptr, "input")
    _add_whole_body(ctx, draft, schema, encoding, required, where)
    return encoding, media, required


def add_body_v2(
    ctx: OperationContext,
    draft: Draft,
    operation: dict[str, Any],
    body_params: list[tuple[dict[str, Any], str, str]],
    where: SourceLocation,
) -> tuple[BodyEncoding | None, str | None, bool]:
    if not body_params:
        return None, None, False
    consumes = operation.get("consumes") or ctx.doc.get("consumes") or ["application/json"]
    form = [(p, d, ptr) for p, d, ptr in body_params if p.get("in") == "formData"]
    if form:
        multipart = any(p.get("type") == "file" for p, _, _ in form) or any(
            str(c).startswith("multipart/") for c in consumes
        )
        media = "multipart/form-data" if multipart else "application/x-www-form-urlencoded"
        for param, pdoc, pptr in form:
            raw = {k: param[k] for k in _SWAGGER2_FIELD_KEYS if k in param}
            schema = ctx.converter.convert(raw, pdoc, pptr, "input")
            if isinstance(param.get("description"), str):
                schema = {**schema, "description": param["description"].strip()}
            binding = ArgBinding(
                arg=naming.arg_name(param["name"]),
                wire=param["name"],
                location="body_field",
                required=param.get("required") is True,
                binary=_is_binary(schema),
            )
            draft.add(ctx, where, binding, schema)
        return ("multipart" if multipart else "form"), media, any(p.get("required") is True for p, _, _ in form)
    param, pdoc, pptr = body_params[0]
    media = next((str(c) for c in consumes if is_json(str(c))), str(consumes[0]))
    encoding = encoding_of(media)
    required = param.get("required") is True
    raw = param.get("schema", {})
    sptr = pptr + "/schema"
    if encoding == "json":
        fields = _object_fields(ctx, raw, pdoc, sptr)
        if fields is not None:
            _add_fields(ctx, draft, fields[0], fields[1], required, where)
            return encoding, media, required
    schema = ctx.converter.convert(raw, pdoc, sptr, "input")
    _add_whole_body(ctx, draft, schema, encoding, required, where)
    return encoding, media, required


def _success(responses: dict[str, Any]) -> str | None:
    codes = sorted(c for c in map(str, responses) if len(c) == 3 and c.startswith("2") and c.isdigit())
    for code in ("200", "201", "202", "203", "206", *codes, "2XX", "2xx"):
        if code in responses or (code.isdigit() and int(code) in responses):
            return code
    return "default" if "default" in responses else None


def response_shape(
    ctx: OperationContext, operation: dict[str, Any], doc: str, where: SourceLocation
) -> tuple[dict[str, Any] | None, bool, ResponseKind, str | None]:
    """(output schema, wrapped, response kind, media type) of the operation's success response."""
    responses = operation.get("responses")
    if not isinstance(responses, dict) or not responses:
        return None, False, "json", None
    code = _success(responses)
    if code is None:
        return None, False, "empty", None
    raw_response = responses.get(code, responses.get(int(code)) if code.isdigit() else None)
    ptr = where.pointer + pointer_join("responses", code)
    response, rdoc, rptr = _deref(ctx, raw_response, doc, ptr)
    if not isinstance(response, dict):
        return None, False, "json", None
    if ctx.version == "2.0":
        produces = operation.get("produces") or ctx.doc.get("produces") or ["application/json"]
        raw = response.get("schema")
        if raw is None:
            return None, False, ("empty" if code == "204" else _kind(str(produces[0]))), None
        media = next((str(p) for p in produces if is_json(str(p))), str(produces[0]))
        if isinstance(raw, dict) and raw.get("type") == "file":
            return None, False, "binary", media
        sptr = rptr + "/schema"
    else:
        content = response.get("content")
        if not isinstance(content, dict) or not content:
            return None, False, "empty", None
        media = next((m for m in content if is_json(m)), None) or _pick_media(content)
        spec = content[media] if isinstance(content[media], dict) else {}
        raw = spec.get("schema")
        sptr = rptr + pointer_join("content", media, "schema")
    kind = _kind(media)
    if kind != "json" or raw in (None, {}):
        return None, False, kind, media
    schema = ctx.converter.convert(raw, rdoc, sptr, "output")
    schema, loosened = ctx.converter.bundle(schema, "output", ctx.options.output_schema_budget)
    if loosened:
        ctx.diags.info("schema-loosened", "output schema over budget: deeper definitions accept any value",
                       file=where.file, pointer=where.pointer)  # fmt: skip
    schema, wrapped = _object_root(schema, ctx)
    return schema, wrapped, "json", media


def _kind(media: str) -> ResponseKind:
    media = media.split(";")[0].strip().lower()
    if is_json(media):
        return "json"
    if media.startswith("image/"):
        return "image"
    if media.startswith("text/") or media in ("application/xml", "application/yaml", "application/x-yaml"):
        return "text"
    return "binary"


def _is_object(schema: Any, defs: dict[str, Any], depth: int = 0) -> bool:
    if not isinstance(schema, dict) or depth > 16:
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
        return _is_object(defs.get(ref[len(DEF_PREFIX) :]), defs, depth + 1)
    if schema.get("type") == "object" or ("properties" in schema and "type" not in schema):
        return True
    parts = schema.get("allOf")
    return bool(parts) and all(_is_object(p, defs, depth + 1) for p in parts)


def _object_root(schema: dict[str, Any], ctx: OperationContext) -> tuple[dict[str, Any], bool]:
    """MCP output schemas must be objects at the root: wrap anything else as `{"result": ...}`."""
    if schema.get("type") == "object":
        return schema, False
    ref = schema.get("$ref")
    defs = schema.get("$defs", {})
    if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
        target = defs.get(ref[len(DEF_PREFIX) :], {})
        if isinstance(target, dict) and target.get("type") == "object":
            return {"type": "object", **schema}, False
    if "type" not in schema and not any(k in schema for k in ("anyOf", "oneOf", "$ref")):
        parts = schema.get("allOf", [])
        if "properties" in schema or (parts and all(_is_object(p, defs) for p in parts)):
            return {"type": "object", **schema}, False
    inner = {k: v for k, v in schema.items() if k != "$defs"}
    wrapped: dict[str, Any] = {"type": "object", "properties": {"result": inner}, "required": ["result"]}
    if defs:
        wrapped["$defs"] = defs
    return wrapped, True
