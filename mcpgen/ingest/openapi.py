"""OpenAPI 2.0 (Swagger), 3.0 and 3.1 descriptions to the IR.

Each operation becomes one tool; an operation that cannot be converted is skipped with a diagnostic and
the rest still builds. `$ref`s are resolved lazily, per operation, through one cached `Loader`.
"""

from __future__ import annotations

import hashlib
import urllib.parse
from pathlib import Path
from typing import Any

from .. import naming
from ..diagnostics import Diagnostics, InputError, pointer_join
from ..ir import AuthScheme, ServiceModel, SourceInfo, Tool
from ..ir import Server as IrServer
from . import shape
from .context import OperationContext
from .errors import located
from .limits import LimitExceeded
from .loader import Loader, RefError
from .operation import HTTP_METHODS, convert_operation
from .options import IngestOptions
from .schema import SchemaConverter


def detect_version(doc: Any) -> str | None:
    if not isinstance(doc, dict):
        return None
    if str(doc.get("swagger", "")).startswith("2."):
        return "2.0"
    version = str(doc.get("openapi", ""))
    if version.startswith("3.0"):
        return "3.0"
    if version.startswith(("3.1", "3.2")):
        return "3.1"
    return None


def ingest_openapi(
    path: Path,
    options: IngestOptions,
    diags: Diagnostics,
    *,
    document: dict[str, Any] | None = None,
    source_format: str = "",
    sha256: str = "",
) -> ServiceModel:
    """`document`, when given, is the already parsed description of `path` (an extraction from docs), and
    `sha256` the digest of what it was read from."""
    loader = Loader(
        path,
        allowed_roots=tuple(Path(p) for p in options.allowed_ref_roots),
        allow_remote=options.allow_remote_refs,
        limits=options.limits,
        diags=diags,
    )
    if document is not None:
        loader.preload(loader.entry_key, document)
    display = loader.display(loader.entry_key)
    try:
        doc = loader.document(loader.entry_key)
    except RefError as exc:
        raise InputError(str(exc)) from exc
    except LimitExceeded as exc:
        raise InputError(f"{display}: {exc.diagnostic.message}", [exc.diagnostic]) from exc
    version = detect_version(doc)
    if version is None:
        if isinstance(doc, dict) and ("openapi" in doc or "swagger" in doc):
            raise InputError(
                f"{display}: unsupported OpenAPI version "
                f"{doc.get('openapi', doc.get('swagger'))!r} (supported: 2.0, 3.0, 3.1)"
            )
        raise InputError(f"{display}: not an OpenAPI description (no 'openapi: 3.x' or 'swagger: 2.0' at the top)")
    shape.check(doc, shape.DOCUMENT_V2 if version == "2.0" else shape.DOCUMENT_V3, diags, display)
    info = doc.get("info") if isinstance(doc.get("info"), dict) else {}
    title = str(info.get("title") or path.stem)
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        if paths is None and version == "3.1":
            paths = {}
        else:
            raise InputError(f"{display}#/paths: 'paths' must be an object")

    converter = SchemaConverter(loader, version, diags, options.limits.max_depth)
    schemes: list[AuthScheme] = []
    with located(diags, display, "/securityDefinitions" if version == "2.0" else "/components/securitySchemes",
                 "the security schemes"):  # fmt: skip
        schemes = _security_schemes(doc, version, display, diags)
    ctx = OperationContext(
        loader=loader,
        converter=converter,
        diags=diags,
        version=version,
        doc=doc,
        schemes={s.name: s for s in schemes},
        options=options,
    )
    tools: list[Tool] = []
    for raw_path, raw_item, raw_ptr in _path_items(doc, paths, display, diags):
        with located(diags, display, raw_ptr, "this path item"):
            tools.extend(_path_tools(ctx, raw_path, raw_item, raw_ptr))

    tools = _unique_names(_qualify_shared_ids(tools, diags), diags)
    _note_webhooks(doc, display, diags)
    servers: list[IrServer] = []
    with located(diags, display, "" if version == "2.0" else "/servers", "the servers"):
        servers = _servers(doc, version, display, diags)
    return ServiceModel(
        name=naming.slug(title),
        title=title,
        version=str(info.get("version") or "0.0.0"),
        description=str(info.get("description") or ""),
        servers=tuple(servers),
        auth_schemes=tuple(schemes),
        tools=tuple(tools),
        source=SourceInfo(
            path=path.name,
            format=source_format or f"openapi-{version}",
            sha256=sha256 or hashlib.sha256(path.read_bytes()).hexdigest(),
        ),
    )


def _note_webhooks(doc: dict[str, Any], display: str, diags: Diagnostics) -> None:
    """OpenAPI 3.1's `webhooks` are requests the API sends to a receiver the user runs, not operations a client
    calls: they become no tools, and a description of webhooks alone says so rather than "no tools" alone."""
    webhooks = doc.get("webhooks")
    if not isinstance(webhooks, dict) or not webhooks:
        return
    names = sorted(map(str, webhooks))
    shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
    diags.info(
        "webhooks-not-tools",
        f"{len(names)} webhook{'s' * (len(names) > 1)} ({shown}): requests the API sends to a receiver, "
        "not operations a client calls; no tool is made for them",
        file=display,
        pointer="/webhooks",
    )


def _path_tools(ctx: OperationContext, raw_path: str, raw_item: dict[str, Any], raw_ptr: str) -> list[Tool]:
    loader, display = ctx.loader, ctx.loader.display(ctx.loader.entry_key)
    item_doc, item_ptr, item = loader.entry_key, raw_ptr, raw_item
    if "$ref" in raw_item:
        try:
            item_doc, item_ptr, item = loader.resolve(raw_item["$ref"], item_doc)
        except RefError as exc:
            ctx.diags.error("ref-unresolved", str(exc), file=display, pointer=raw_ptr, hint=exc.hint)
            return []
        if not isinstance(item, dict):
            ctx.diags.warning("path-invalid", "path item must be an object; skipped", file=display, pointer=raw_ptr)
            return []
    shape.check(item, shape.PATH_ITEM, ctx.diags, loader.display(item_doc), item_ptr)
    tools = []
    for method in HTTP_METHODS:
        operation = item.get(method)
        if operation is None:
            continue
        op_ptr = item_ptr + pointer_join(method)
        tool = convert_operation(ctx, raw_path, method, item, operation, item_doc, op_ptr)
        if tool is not None:
            tools.append(tool)
    return tools


def _path_items(
    doc: dict[str, Any], paths: dict[str, Any], display: str, diags: Diagnostics
) -> list[tuple[str, dict[str, Any], str]]:
    """(path key, path item, pointer) from `paths`, then from Azure's `x-ms-paths`.

    `x-ms-paths` holds the paths that differ only in their query string (`/{c}?restype=container`),
    which `paths` cannot: AutoRest treats both as one table.
    """
    result = []
    extra = doc.get("x-ms-paths")
    if extra is not None and not isinstance(extra, dict):
        diags.warning("path-invalid", "x-ms-paths must be an object; ignored", file=display, pointer="/x-ms-paths")
        extra = None
    for key, table in (("paths", paths), ("x-ms-paths", extra or {})):
        for raw_path, item in table.items():
            pointer = pointer_join(key, raw_path)
            if not isinstance(item, dict):
                diags.warning("path-invalid", "path item must be an object; skipped", file=display, pointer=pointer)
                continue
            result.append((str(raw_path), item, pointer))
    return result


def _qualify_shared_ids(tools: list[Tool], diags: Diagnostics) -> list[Tool]:
    """Operations that share an operationId (a defect, but common: vSphere has 60 `get`s) are named
    after it plus the words of their paths that tell them apart."""
    groups: dict[str, list[int]] = {}
    for i, tool in enumerate(tools):
        if tool.operation_id and tool.name == naming.tool_name_from_operation_id(tool.operation_id):
            groups.setdefault(tool.name.lower(), []).append(i)
    result = list(tools)
    for members in groups.values():
        if len(members) < 2:
            continue
        keys = [_path_key(tools[i]) for i in members]
        names = naming.qualify(tools[members[0]].name, keys)
        for i, name in zip(members, names, strict=True):
            result[i] = tools[i].model_copy(update={"name": name, "py_name": naming.py_identifier(name)})
        first = tools[members[0]]
        diags.warning(
            "operation-id-shared",
            f"operationId {first.operation_id!r} is used by {len(members)} operations; their tools are "
            f"named after their paths: {', '.join(names[:3])}{', ...' if len(names) > 3 else ''}",
            file=first.source.file,
            pointer=first.source.pointer,
            hint="give each operation a unique operationId, or set x-mcp.name",
        )
    return result


def _path_key(tool: Tool) -> str:
    binding = tool.binding
    query = "&".join(f"{k}={v}" for k, v in binding.fixed_query)
    return binding.path + (f"?{query}" if query else "")


def _unique_names(tools: list[Tool], diags: Diagnostics) -> list[Tool]:
    names = naming.dedupe([t.name for t in tools])
    py_names = naming.dedupe([naming.py_identifier(n) for n in names])
    result = []
    for tool, name, py_name in zip(tools, names, py_names, strict=True):
        if name != tool.name:
            diags.warning(
                "name-collision",
                f"tool name {tool.name!r} is taken by an earlier operation; renamed to {name!r}",
                file=tool.source.file,
                pointer=tool.source.pointer,
                hint="set x-mcp.name on the operation or an override in mcpgen.yaml",
            )
        result.append(tool.model_copy(update={"name": name, "py_name": py_name}))
    return result


def _servers(doc: dict[str, Any], version: str, display: str, diags: Diagnostics) -> list[IrServer]:
    found: list[tuple[str, str, str]] = []  # (url, description, pointer)
    if version == "2.0":
        host = doc.get("host")
        if not host:
            return []
        schemes = doc.get("schemes") or ["https"]
        scheme = "https" if "https" in schemes else str(schemes[0])
        found.append((f"{scheme}://{host}{doc.get('basePath') or ''}", "", "/host"))
    for i, server in enumerate(doc.get("servers") or [] if version != "2.0" else []):
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        url = server["url"]
        for var, spec in (server.get("variables") or {}).items():
            if isinstance(spec, dict) and "default" in spec:
                url = url.replace("{" + var + "}", str(spec["default"]))
        found.append((url, str(server.get("description") or ""), f"/servers/{i}/url"))
    servers = []
    for url, description, pointer in found:
        if _placeholder_host(url):
            diags.info("base-url-placeholder", f"server URL {url!r} names a placeholder host, not a real one; the "
                       "server needs its base URL at run time", file=display, pointer=pointer)  # fmt: skip
            continue
        problem = _url_problem(url)
        if problem:
            diags.warning("base-url-invalid", f"server URL {url!r} is not usable: {problem}; ignored",
                          file=display, pointer=pointer)  # fmt: skip
            continue
        servers.append(IrServer(url=url.rstrip("/"), description=description))
    return servers


def _placeholder_host(url: str) -> bool:
    """`https://<vcenter>`, `https://{host}/api`, `https://your-server.example`: a host to fill in."""
    rest = url.split("://", 1)[1] if "://" in url else ""
    host = rest.split("/", 1)[0]
    return any(c in host for c in "<>{}") or host.lower() in ("localhost.example", "your-server.example")


def _url_problem(url: str) -> str:
    """Why `url` cannot be a base URL, or "" (a relative URL is fine: the plan asks for one at run time)."""
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return "it contains white space or control characters"
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port
    except ValueError as exc:
        return str(exc)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return f"the scheme {parts.scheme!r} is not http(s)"
    if parts.scheme and not parts.hostname:
        return "it has no host"
    if parts.query or parts.fragment:
        return "a base URL cannot carry a query or fragment"
    return ""


def _security_schemes(doc: dict[str, Any], version: str, display: str, diags: Diagnostics) -> list[AuthScheme]:
    if version == "2.0":
        raw = doc.get("securityDefinitions") or {}
        base_ptr = "/securityDefinitions"
    else:
        raw = (doc.get("components") or {}).get("securitySchemes") or {}
        base_ptr = "/components/securitySchemes"
    schemes = []
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            continue
        if "$ref" in spec:
            diags.warning("auth-unsupported", "a $ref security scheme is not supported; skipped",
                          file=display, pointer=base_ptr + pointer_join(name))  # fmt: skip
            continue
        scheme = _scheme(name, spec)
        if scheme.kind == "unsupported":
            diags.warning(
                "auth-unsupported",
                f"security scheme {name!r} ({spec.get('type')}) is not supported; its operations are called without it",
                file=display,
                pointer=base_ptr + pointer_join(name),
            )
        schemes.append(scheme)
    return schemes


def sendable_scheme(spec: dict[str, Any]) -> bool:
    """Whether a generated server can send this security scheme's credential (else it calls without it)."""
    return _scheme("", spec).kind != "unsupported"


def _scheme(name: str, spec: dict[str, Any]) -> AuthScheme:
    kind = str(spec.get("type", ""))
    description = str(spec.get("description") or "")
    if kind == "apiKey" and spec.get("in") in ("header", "query", "cookie"):
        return AuthScheme(name=name, kind="api_key", description=description,
                          location=spec["in"], param_name=str(spec.get("name") or name))  # fmt: skip
    if kind == "basic" or (kind == "http" and str(spec.get("scheme", "")).lower() == "basic"):
        return AuthScheme(name=name, kind="http_basic", description=description)
    if kind == "http" and str(spec.get("scheme", "")).lower() == "bearer":
        return AuthScheme(name=name, kind="http_bearer", description=description)
    if kind == "oauth2":
        flows = spec.get("flows") or {}
        cc = flows.get("clientCredentials")
        if spec.get("flow") == "application":  # Swagger 2.0
            cc = spec
        if isinstance(cc, dict) and cc.get("tokenUrl"):
            return AuthScheme(
                name=name,
                kind="oauth2_client_credentials",
                description=description,
                token_url=str(cc["tokenUrl"]),
                scopes=tuple(sorted((cc.get("scopes") or {}).keys())),
            )
        # Other flows need a user in a browser: the server takes an access token from the environment.
        return AuthScheme(name=name, kind="http_bearer", description=description or "OAuth2 access token")
    if kind == "openIdConnect":
        return AuthScheme(name=name, kind="http_bearer", description=description or "OpenID Connect token")
    return AuthScheme(name=name, kind="unsupported", description=description)
