"""AWS service models (botocore's `service-2.json`) to the IR: one tool per operation, bound to a boto3 call.

AWS publishes no OpenAPI; its machine-readable API is the set of service models inside botocore, with
`paginators-1.json` beside them. boto3 does the wire protocols (rest-xml, rest-json, json, query, ec2, CBOR),
SigV4, endpoint rules and S3 addressing, so a tool here is a call of a client method (`SdkBinding`), not an
HTTP request. Shapes become JSON Schema (recursion through `$defs`, blobs as base64, timestamps as
date-time, unions as `oneOf`, enums, min/max); the models' HTML documentation becomes plain text.

Sources: `botocore:SERVICE` (or `botocore:SERVICE@API_VERSION`) for any service botocore knows, or a path to
a `service-2.json` (a `paginators-1.json` beside it is read too). botocore is needed at build time only
(`pip install 'mcpgen[aws]'`).
"""

from __future__ import annotations

import difflib
import gzip
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import naming
from ..diagnostics import Diagnostics, InputError
from ..ir import SdkArg, SdkBinding, SdkPaging, ServiceModel, SourceInfo, SourceLocation, Tool, ToolAnnotations
from .botocore_shapes import Schemas, plain
from .loader import read_text
from .options import IngestOptions

PREFIX = "botocore:"
DESCRIPTION_LIMIT = 1200
"""Characters of an operation's documentation kept in its tool description (cut at a sentence)."""
NEXT_TOKEN = "NextToken"
MAX_ITEMS = "MaxItems"
DEFAULT_MAX_ITEMS = 100

_READ_VERBS = ("List", "Describe", "Get", "Head", "Query", "Scan", "Search", "Lookup", "BatchGet", "Filter")
_DESTRUCTIVE_VERBS = (
    "Delete",
    "Terminate",
    "Remove",
    "Purge",
    "Deregister",
    "Revoke",
    "Detach",
    "Disassociate",
    "Stop",
    "Reboot",
    "Release",
    "Reset",
    "Cancel",
    "Abort",
    "Disable",
    "Restore",
    "Replace",
    "Put",
    "Update",
    "Modify",
)
_IDEMPOTENT_VERBS = ("Delete", "Put", "Terminate", "Stop", "Disable", "Enable", "Tag", "Untag")


def is_source(source: str | Path) -> bool:
    return str(source).startswith(PREFIX)


def looks_like_model(text: str) -> bool:
    """A botocore service model: a JSON object with `metadata`, `operations` and `shapes`."""
    head = text.lstrip()[:4096]
    return head.startswith("{") and '"metadata"' in text[:200_000] and '"shapes"' in text and '"operations"' in text


def sdk_method(operation: str) -> str:
    """The boto3 client method of an operation (`ListObjectsV2` -> `list_objects_v2`), as botocore names it."""
    try:
        from botocore import xform_name
    except ImportError:  # pragma: no cover - botocore is there whenever a model was loaded through it
        return naming.snake(operation)
    return str(xform_name(operation))


@dataclass(frozen=True)
class _Model:
    model: dict[str, Any]
    paginators: dict[str, Any]
    waiters: dict[str, Any]
    label: str
    digest: str


def _load(source: str | Path, options: IngestOptions) -> _Model:
    """The service model, its paginators and waiters, of a `botocore:` source or a `service-2.json` path."""
    if is_source(source):
        try:
            from botocore.exceptions import DataNotFoundError, UnknownServiceError
            from botocore.loaders import Loader
        except ImportError as exc:
            raise InputError(f"{source}: botocore is not installed; install it with pip install 'mcpgen[aws]'") from exc
        spec = str(source)[len(PREFIX) :]
        service, _, version = spec.partition("@")
        loader = Loader()
        known = loader.list_available_services("service-2")
        if service not in known:
            close = difflib.get_close_matches(service, known, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise InputError(f"{source}: botocore {_botocore_version()} has no service {service!r}{hint}")
        try:
            version = version or loader.determine_latest_version(service, "service-2")
            model, path = loader.load_data_with_path(f"{service}/{version}/service-2")
        except (DataNotFoundError, UnknownServiceError) as exc:
            versions = ", ".join(loader.list_api_versions(service, "service-2"))
            raise InputError(f"{source}: no model of API version {version!r} (botocore has {versions})") from exc
        extra = {}
        for kind, key in (("paginators-1", "pagination"), ("waiters-2", "waiters")):
            try:
                extra[key] = loader.load_data(f"{service}/{version}/{kind}").get(key, {})
            except DataNotFoundError:
                extra[key] = {}
        label = f"botocore/data/{service}/{version}/service-2.json"
        digest = hashlib.sha256(json.dumps(model, sort_keys=True).encode()).hexdigest()
        del path
        return _Model(model, extra["pagination"], extra["waiters"], label, digest)
    path = Path(source)
    text = read_text(path, options.limits.max_document_bytes)
    try:
        model = json.loads(text)
    except ValueError as exc:
        raise InputError(f"{path.name}: not JSON: {exc}") from exc
    if not isinstance(model, dict) or not all(
        isinstance(model.get(k), dict) for k in ("metadata", "operations", "shapes")
    ):
        raise InputError(f"{path.name}: not a botocore service model (no metadata, operations and shapes objects)")
    extra: dict[str, dict[str, Any]] = {"pagination": {}, "waiters": {}}
    for kind, key in (("paginators-1", "pagination"), ("waiters-2", "waiters")):
        for name in (f"{kind}.json", f"{kind}.json.gz"):
            beside = path.with_name(name)
            if beside.is_file():
                raw = beside.read_bytes()
                data = json.loads(gzip.decompress(raw) if name.endswith(".gz") else raw)
                found = data.get(key) if isinstance(data, dict) else None
                extra[key] = found if isinstance(found, dict) else {}
                break
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return _Model(model, extra["pagination"], extra["waiters"], path.name, digest)


def _botocore_version() -> str:
    import botocore

    return str(botocore.__version__)


def _verb(operation: str) -> str:
    match = re.match(r"[A-Z][a-z]+", operation)
    return match.group(0) if match else ""


def annotations(operation: str) -> ToolAnnotations:
    """What an operation does to the account, from the verb AWS names it with (List/Describe/Get read,
    Delete/Terminate destroy...)."""
    verb = _verb(operation)
    if operation.startswith(_READ_VERBS):
        return ToolAnnotations(read_only=True, destructive=False, idempotent=True)
    return ToolAnnotations(
        read_only=False,
        destructive=verb in _DESTRUCTIVE_VERBS,
        idempotent=verb in _IDEMPOTENT_VERBS,
    )


def _tokens(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(str(v) for v in items if isinstance(v, str) and v)


def _paging(spec: Any) -> SdkPaging | None:
    if not isinstance(spec, dict):
        return None
    inputs, outputs = _tokens(spec.get("input_token")), _tokens(spec.get("output_token"))
    if not inputs or not outputs:
        return None
    limit = spec.get("limit_key") if isinstance(spec.get("limit_key"), str) else None
    return SdkPaging(
        input_token=inputs, output_token=outputs, result_keys=_tokens(spec.get("result_key")), limit_key=limit
    )


def _streaming_member(shapes: dict[str, Any], shape_name: Any) -> str | None:
    shape = shapes.get(shape_name) if isinstance(shape_name, str) else None
    if not isinstance(shape, dict) or not isinstance(shape.get("payload"), str):
        return None
    member = shape.get("members", {}).get(shape["payload"], {})
    target = shapes.get(member.get("shape"), {}) if isinstance(member, dict) else {}
    if (
        isinstance(target, dict)
        and target.get("type") == "blob"
        and (target.get("streaming") or member.get("streaming"))
    ):
        return str(shape["payload"])
    return None


def _event_stream(shapes: dict[str, Any], shape_name: Any) -> bool:
    shape = shapes.get(shape_name) if isinstance(shape_name, str) else None
    if not isinstance(shape, dict):
        return False
    for member in (shape.get("members") or {}).values():
        target = shapes.get(member.get("shape")) if isinstance(member, dict) else None
        if isinstance(target, dict) and target.get("eventstream"):
            return True
    return False


def ingest_botocore(source: Path | str, options: IngestOptions, diags: Diagnostics) -> ServiceModel:
    loaded = _load(source, options)
    model, paginators, label, digest = loaded.model, loaded.paginators, loaded.label, loaded.digest
    meta = model["metadata"]
    service = (
        str(meta.get("endpointPrefix") or "") if not is_source(source) else str(source)[len(PREFIX) :].partition("@")[0]
    )
    service = service or str(meta.get("signingName") or meta.get("serviceId") or "service").lower()
    shapes = model["shapes"]
    converter = Schemas(shapes)
    protocol = str(meta.get("protocol") or "")
    tools: list[Tool] = []
    for op_name, op in model["operations"].items():
        pointer = f"/operations/{op_name}"
        if not isinstance(op, dict):
            diags.warning("spec-invalid", f"operation {op_name!r} is not an object", file=label, pointer=pointer)
            continue
        in_shape, out_shape = (
            op.get(k, {}).get("shape") if isinstance(op.get(k), dict) else None for k in ("input", "output")
        )
        if _event_stream(shapes, out_shape) or _event_stream(shapes, in_shape):
            diags.info(
                "sdk-event-stream",
                f"{op_name}: event streams are not offered as a tool; skipped",
                file=label,
                pointer=pointer,
            )
            continue
        tools.append(
            _tool(
                converter,
                shapes,
                service,
                protocol,
                op_name,
                op,
                in_shape,
                out_shape,
                paginators.get(op_name),
                label,
                pointer,
            )
        )
    if not tools:
        raise InputError(f"{label}: the model has no operations")
    by_operation = {t.binding.operation: t for t in tools}
    for waiter, spec in loaded.waiters.items():
        base = by_operation.get(spec.get("operation")) if isinstance(spec, dict) else None
        if base is not None:
            tools.append(_waiter_tool(base, waiter, spec, label))
    title = f"AWS {meta.get('serviceId') or service}"
    full = str(meta.get("serviceFullName") or title)
    about = plain(model.get("documentation"), DESCRIPTION_LIMIT)
    return ServiceModel(
        name=naming.slug(title),
        title=title,
        version=str(meta.get("apiVersion") or "0"),
        description=f"{full}. {about}".strip() if about else full,
        tools=tuple(tools),
        source=SourceInfo(path=label, format="botocore-service-2", sha256=digest),
    )


MAX_WAIT = "MaxWaitSeconds"


def _waiter_tool(base: Tool, waiter: str, spec: dict[str, Any], label: str) -> Tool:
    """A tool that polls `base`'s operation until the waiter's state (`InstanceRunning`), then answers
    with the operation's last answer. It takes the operation's own arguments (no paging) and a cap on
    the wait."""

    delay = spec.get("delay") if isinstance(spec.get("delay"), int) else 15
    attempts = spec.get("maxAttempts") if isinstance(spec.get("maxAttempts"), int) else 40
    binding = base.binding
    assert isinstance(binding, SdkBinding)
    schema = json.loads(json.dumps(base.input_schema))
    props = schema.setdefault("properties", {})
    if binding.paging:  # the waiter calls the operation itself: its own paging members, not the paginator's
        props.pop(NEXT_TOKEN, None)
        props.pop(MAX_ITEMS, None)
    default = min(delay * attempts, 600)
    props[MAX_WAIT] = {
        "type": "integer",
        "minimum": 1,
        "maximum": 3600,
        "default": default,
        "description": f"Longest wait in seconds (default {default}); the state is checked every {delay} s.",
    }
    words = naming.snake(waiter).replace("_", " ")
    name = naming.tool_name_from_operation_id(f"wait_until_{naming.snake(waiter)}")
    members = [a for a in binding.args if a.arg not in (NEXT_TOKEN, MAX_ITEMS)]
    return base.model_copy(
        update={
            "name": name,
            "py_name": naming.py_identifier(name),
            "description": (
                f"Waits until {words}: calls {binding.operation} every {delay} s until the state is reached "
                f"(at most {MAX_WAIT}), reporting progress, and gives its last answer."
            ),
            "input_schema": schema,
            "annotations": ToolAnnotations(read_only=True, destructive=False, idempotent=True),
            "binding": binding.model_copy(
                update={"waiter": waiter, "waiter_method": sdk_method(waiter), "paging": None, "args": tuple(members)}
            ),
            "operation_id": f"{binding.operation}:{waiter}",
            "source": SourceLocation(file=label.replace("service-2", "waiters-2"), pointer=f"/waiters/{waiter}"),
        }
    )


def _tool(
    converter: Schemas,
    shapes: dict[str, Any],
    service: str,
    protocol: str,
    op_name: str,
    op: dict[str, Any],
    in_shape: Any,
    out_shape: Any,
    paginator: Any,
    label: str,
    pointer: str,
) -> Tool:

    paging = _paging(paginator)
    streaming_in = _streaming_member(shapes, in_shape)
    streaming_out = _streaming_member(shapes, out_shape)
    input_schema = converter.convert(in_shape) if isinstance(in_shape, str) else {"type": "object", "properties": {}}
    input_schema.setdefault("type", "object")
    props: dict[str, Any] = input_schema.setdefault("properties", {})
    required = list(input_schema.get("required", ()))
    members = shapes.get(in_shape, {}).get("members", {}) if isinstance(in_shape, str) else {}
    for member, spec in members.items():  # a path segment or host label cannot be empty
        target = props.get(member)
        bound = isinstance(spec, dict) and (spec.get("location") == "uri" or spec.get("hostLabel"))
        if bound and isinstance(target, dict) and target.get("type") == "string":
            target["minLength"] = max(1, target.get("minLength", 0))
    if paging:
        # the paginator sets the tokens; the page size too, unless the operation requires it of the caller
        optional_limit = paging.limit_key and paging.limit_key not in required
        for token in (*paging.input_token, *((paging.limit_key,) if optional_limit else ())):
            props.pop(token, None)
            if token in required:
                required.remove(token)
        props[NEXT_TOKEN] = {
            "type": "string",
            "minLength": 1,
            "description": "Where to go on: the NextToken of a previous call's result.",
        }
        props[MAX_ITEMS] = {
            "type": "integer",
            "minimum": 1,
            "maximum": 10_000,
            "default": DEFAULT_MAX_ITEMS,
            "description": f"Most items to return (default {DEFAULT_MAX_ITEMS}); the result's "
            "NextToken continues from there.",
        }
    if streaming_in and streaming_in in props:
        doc = props[streaming_in].get("description", "")
        props[streaming_in] = {
            "description": ('The content: text (sent as UTF-8), or {"base64": ...} for binary content. ' + doc).strip(),
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {"base64": {"type": "string", "contentEncoding": "base64"}},
                    "required": ["base64"],
                    "additionalProperties": False,
                },
            ],
        }
    if required:
        input_schema["required"] = required
    else:
        input_schema.pop("required", None)
    args = []
    for member in props:
        if paging and member in (NEXT_TOKEN, MAX_ITEMS):
            continue  # the paginator's own arguments
        spec = members.get(member, {}) if isinstance(members.get(member), dict) else {}
        target = shapes.get(spec.get("shape"), {}) if spec else {}
        blob = isinstance(target, dict) and target.get("type") == "blob" and member != streaming_in
        args.append(
            SdkArg(arg=member, member=member, required=member in required, blob=blob, streaming=member == streaming_in)
        )
    output_schema: dict[str, Any] | None = None
    if isinstance(out_shape, str):
        output_schema = converter.convert(out_shape, output=True)
        output_schema.setdefault("type", "object")
        out_props = output_schema.setdefault("properties", {})
        if streaming_out and streaming_out in out_props:
            out_props[streaming_out] = {
                "type": "string",
                "description": f"The content: text, or base64 when {streaming_out}Encoding says so.",
            }
            out_props[f"{streaming_out}Encoding"] = {"type": "string", "enum": ["text", "base64"]}
            out_props[f"{streaming_out}Truncated"] = {
                "type": "boolean",
                "description": "The content was longer than the size cap.",
            }
        if paging:
            output_schema.pop("required", None)
            out_props[NEXT_TOKEN] = {"type": "string", "description": "Pass as NextToken to get the next items."}
    http = op.get("http") if isinstance(op.get("http"), dict) else {}
    description = plain(op.get("documentation"), DESCRIPTION_LIMIT) or f"{service} {op_name}"
    deprecated = op.get("deprecated") is True
    if deprecated:
        description = "Deprecated. " + description
    name = naming.tool_name_from_operation_id(sdk_method(op_name))
    return Tool(
        name=name,
        description=description,
        input_schema=input_schema,
        output_schema=output_schema,
        annotations=annotations(op_name),
        binding=SdkBinding(
            service=service,
            operation=op_name,
            client_method=sdk_method(op_name),
            protocol=protocol,
            http_method=str(http.get("method") or "POST").upper(),
            request_uri=str(http.get("requestUri") or "/"),
            args=tuple(args),
            paging=paging,
            streaming_output=streaming_out,
        ),
        tags=(service,),
        operation_id=op_name,
        deprecated=deprecated,
        source=SourceLocation(file=label, pointer=pointer),
        py_name=naming.py_identifier(name),
    )
