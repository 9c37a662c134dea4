"""Request bodies (flattened into tool arguments) and the success response's shape."""

from __future__ import annotations

from typing import Any

from .. import naming
from ..diagnostics import pointer_join
from ..ir import ArgBinding, BodyEncoding, ResponseKind, SourceLocation
from .bundle import is_object_schema
from .context import Draft, OperationContext, SkipOperation
from .loader import RefError
from .schema import discriminator_of

_SWAGGER2_FIELD_KEYS = (
    "type", "format", "items", "enum", "default", "minimum", "maximum", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf", "x-nullable",
)  # fmt: skip


def is_json(media: str) -> bool:
    media = media.split(";", maxsplit=1)[0].strip().lower()
    return media in ("application/json", "*/*", "text/json") or media.endswith("+json")


def encoding_of(media: str) -> BodyEncoding:
    media = media.split(";", maxsplit=1)[0].strip().lower()
    if is_json(media):
        return "json"
    if media == "multipart/form-data" or media.startswith("multipart/"):
        return "multipart"
    if media == "application/x-www-form-urlencoded":
        return "form"
    if textual(media):
        return "text"
    return "binary"


def textual(media: str) -> bool:
    """Text a person reads and writes, sent and answered as text, not base64: `text/*`, XML and YAML (LGTM's
    `application/x-yaml` configuration, a string a user writes)."""
    return media.startswith("text/") or media.endswith(("/xml", "+xml", "/yaml", "/x-yaml", "+yaml"))


_JSON_PREFERENCE = ("application/json", "application/merge-patch+json")
"""Among JSON media types: plain JSON first, then a merge patch (a partial object, unlike a JSON Patch)."""


def _json_rank(media: str) -> int:
    base = media.split(";", maxsplit=1)[0].strip().lower()
    if base in _JSON_PREFERENCE:
        return _JSON_PREFERENCE.index(base)
    return len(_JSON_PREFERENCE) + (base == "*/*")


def pick_media(medias: list[str]) -> str:
    """The media type a tool sends or expects: JSON if offered, then multipart, then a form."""
    json_medias = [m for m in medias if is_json(m)]
    if json_medias:
        return min(json_medias, key=_json_rank)  # min is stable: document order breaks ties
    for prefix in ("multipart/form-data", "application/x-www-form-urlencoded"):
        for media in medias:
            if media.lower().startswith(prefix):
                return media
    return medias[0]


def _concrete(media: str) -> str:
    """A media type that can go in a Content-Type header: a wildcard (`*/*`) sends JSON; a parameter that is no
    `name=value` (`text/plain; utf-8`) is left out, so the header stays well formed."""
    if "*" in media:
        return "application/json"
    base, *params = media.split(";")
    kept = [p.strip() for p in params if "=" in p]
    return "; ".join([base.strip(), *kept]) if kept else base.strip()


def _deref(ctx: OperationContext, node: Any, doc: str, ptr: str) -> tuple[Any, str, str]:
    for _ in range(32):
        if not (isinstance(node, dict) and "$ref" in node):
            break
        doc, ptr, node = ctx.loader.resolve(node["$ref"], doc)
    return node, doc, ptr


def _try_deref(ctx: OperationContext, node: Any, doc: str, ptr: str) -> tuple[Any, str, str]:
    """Like `_deref`, but a broken `$ref` is left for the schema converter to report and loosen."""
    try:
        return _deref(ctx, node, doc, ptr)
    except RefError:
        return None, doc, ptr


def _object_fields(
    ctx: OperationContext, raw: Any, doc: str, ptr: str, depth: int = 0
) -> tuple[dict[str, tuple[Any, str, str]], list[str]] | None:
    """The properties of a plain object schema (following `$ref` and `allOf`), or None."""
    raw, doc, ptr = _try_deref(ctx, raw, doc, ptr)
    if not isinstance(raw, dict) or depth > 8:
        return None
    kind = raw.get("type")
    if isinstance(kind, list) and kind and set(kind) <= {"object", "null"}:
        kind = "object"
    if any(k in raw for k in ("oneOf", "anyOf", "not")) or kind not in (None, "object"):
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
    if isinstance(raw.get("required"), list):
        required.extend(r for r in raw["required"] if isinstance(r, str) and r not in required)
    if (named := discriminator_of(raw)) is not None and named in fields and named not in required:
        required.append(named)  # the property that tells the kinds apart is always sent (Azure Kusto's `kind`)
    if not fields and not _closed_empty(raw):
        return None  # a free-form object: taken whole, as one `body` argument
    if depth == 0 and raw.get("additionalProperties") is not False:
        for name in (n for n in required if n not in fields):
            # JSON Schema: a required name with no property schema must be present and may hold any value; a
            # tool without it could never send a valid body (Sakari's webhook needs `callbackUrl`, never described)
            ctx.diags.warning(
                "body-field-undeclared",
                f"required body property {name!r} is not described under `properties`; taken as any value",
                file=ctx.loader.display(doc),
                pointer=ptr,
            )
            fields[name] = ({}, doc, ptr + pointer_join("required"))
    return fields, required


def _closed_empty(raw: dict[str, Any]) -> bool:
    """An object that declares no properties and allows no others (Stripe's GET "bodies")."""
    return raw.get("additionalProperties") is False and not raw.get("allOf")


def _add_fields(
    ctx: OperationContext,
    draft: Draft,
    fields: dict[str, tuple[Any, str, str]],
    required: list[str],
    body_required: bool,
    where: SourceLocation,
) -> list[str]:
    """Adds one argument per body property; returns the argument names."""
    added = []
    for name, (prop, doc, ptr) in fields.items():
        resolved, _, _ = _try_deref(ctx, prop, doc, ptr)
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
        added.append(draft.add(ctx, where, binding, schema))
    return added


def _at_least_one(ctx: OperationContext, draft: Draft, raw: Any, doc: str, ptr: str, args: list[str]) -> None:
    """A required body with `minProperties` needs at least one of its fields."""
    resolved, _, _ = _try_deref(ctx, raw, doc, ptr)
    if isinstance(resolved, dict) and isinstance(resolved.get("minProperties"), int) and resolved["minProperties"] > 0:
        draft.at_least_one.extend(args)


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
    media = pick_media(list(content))
    encoding = encoding_of(media)
    required = body.get("required") is True
    spec = content[media] if isinstance(content[media], dict) else {}
    raw = spec.get("schema", {})
    sptr = bptr + pointer_join("content", media, "schema")
    media = _concrete(media)
    if encoding in ("json", "form", "multipart"):
        fields = _object_fields(ctx, raw, bdoc, sptr)
        if fields is not None and not fields[0]:  # nothing can be sent in it; a required one is still sent, as `{}`
            return (encoding, media, True) if required else (None, None, False)  # (Open Banking's closed `File`)
        if fields is not None:
            added = _add_fields(ctx, draft, fields[0], fields[1], required, where)
            if required:
                _at_least_one(ctx, draft, raw, bdoc, sptr, added)
            return encoding, media, required
    schema = ctx.converter.convert(raw, bdoc, sptr, "input")
    if encoding in ("form", "multipart") and not _may_be_object(schema):
        raise SkipOperation(f"a {media} body must be an object schema")
    _add_whole_body(ctx, draft, schema, encoding, required, where)
    return encoding, media, required


def _may_be_object(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return schema is True
    kind = schema.get("type")
    return kind is None or kind == "object" or (isinstance(kind, list) and "object" in kind)


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
    media = _concrete(pick_media([str(c) for c in consumes]))
    encoding = encoding_of(media)
    required = param.get("required") is True
    raw = param.get("schema", {})
    sptr = pptr + "/schema"
    if encoding == "json":
        fields = _object_fields(ctx, raw, pdoc, sptr)
        if fields is not None and not fields[0]:
            return None, None, False
        if fields is not None:
            _add_fields(ctx, draft, fields[0], fields[1], required, where)
            return encoding, media, required
    schema = ctx.converter.convert(raw, pdoc, sptr, "input")
    _add_whole_body(ctx, draft, schema, encoding, required, where)
    return encoding, media, required


def _success(responses: dict[Any, Any]) -> str | None:
    """The success status code: keys may be numbers, since YAML reads an unquoted `200:` as one."""
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
        media = pick_media([str(p) for p in produces])
        if isinstance(raw, dict) and raw.get("type") == "file":
            return None, False, "binary", media
        sptr = rptr + "/schema"
    else:
        content = response.get("content")
        if not isinstance(content, dict) or not content:
            return None, False, "empty", None
        media = pick_media(list(content))
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
    media = media.split(";", maxsplit=1)[0].strip().lower()
    if is_json(media):
        return "json"
    if media.startswith("image/"):
        return "image"
    if textual(media):
        return "text"
    return "binary"


def _object_root(schema: dict[str, Any], ctx: OperationContext) -> tuple[dict[str, Any], bool]:
    """MCP output schemas must be objects at the root: wrap anything else as `{"result": ...}`."""
    defs = schema.get("$defs", {})
    if is_object_schema(schema, defs):
        if schema.get("type") == "object":
            return schema, False
        return {"type": "object", **{k: v for k, v in schema.items() if k != "type"}}, False
    inner = {k: v for k, v in schema.items() if k != "$defs"}
    wrapped: dict[str, Any] = {"type": "object", "properties": {"result": inner}, "required": ["result"]}
    if defs:
        wrapped["$defs"] = defs
    return wrapped, True
