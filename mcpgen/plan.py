"""Plan: select operations, apply overrides, fix names, and size the `tools/list` the server will send."""

from __future__ import annotations

import difflib
import fnmatch
import json
from typing import Any

from . import naming
from .config import BuildConfig, Selector
from .diagnostics import Diagnostic, Diagnostics
from .ir import AuthScheme, BuildPlan, EnvVar, PackageInfo, ServiceModel, SizeReport, Tool
from .surface import plan_surface, server_key

READ_ONLY_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
AWS_ENV = (
    EnvVar(name="AWS_REGION", description="AWS region of the calls (else the profile's region)"),
    EnvVar(name="AWS_PROFILE", description="Named profile of the shared AWS config and credentials files"),
    EnvVar(name="AWS_ACCESS_KEY_ID", description="Access key (else the standard credential chain)", secret=True),
    EnvVar(name="AWS_SECRET_ACCESS_KEY", description="Secret key paired with AWS_ACCESS_KEY_ID", secret=True),
    EnvVar(name="AWS_SESSION_TOKEN", description="Session token of temporary credentials", secret=True),
    EnvVar(name="AWS_ENDPOINT_URL", description="Endpoint for every service (an emulator, a private endpoint)"),
)
"""What SDK-bound tools read: boto3's own variables, so a machine set up for the AWS CLI needs nothing more."""


def reads_only(tool: Tool) -> bool:
    """An HTTP operation reads by its method; an SDK operation by what its name says it does."""
    if tool.binding.kind == "sdk":
        return tool.annotations.read_only
    return tool.binding.method in READ_ONLY_METHODS


def _matches(selector: Selector, tool: Tool, *, every: bool) -> bool:
    tests = []
    if selector.tags:
        tests.append(any(t in selector.tags for t in tool.tags))
    if selector.operations:
        tests.append(tool.operation_id in selector.operations or tool.name in selector.operations)
    if selector.paths:
        tests.append(any(fnmatch.fnmatchcase(tool.binding.path, p) for p in selector.paths))
    if selector.methods:
        tests.append(tool.binding.method in {m.upper() for m in selector.methods})
    if not tests:
        return every
    return all(tests) if every else any(tests)


def _override_keys(tool: Tool) -> list[str]:
    keys = [tool.name, f"{tool.binding.method} {tool.binding.path}"]
    if tool.operation_id:
        keys.insert(0, tool.operation_id)
    return keys


def select_tools(service: ServiceModel, config: BuildConfig, diags: Diagnostics) -> list[Tool]:
    tools = []
    used: set[str] = set()
    for tool in service.tools:
        if config.include and not _matches(config.include, tool, every=True):
            continue
        if config.exclude and _matches(config.exclude, tool, every=False):
            continue
        if config.read_only and not reads_only(tool):
            continue
        key = next((k for k in _override_keys(tool) if k in config.overrides), None)
        if key is not None:
            used.add(key)
            override = config.overrides[key]
            if override.exclude:
                continue
            update: dict[str, Any] = {}
            if override.name:
                update["name"] = naming.tool_name_from_operation_id(override.name)
            if override.title:
                update["title"] = override.title
            if override.description:
                update["description"] = override.description
            tools.append(tool.model_copy(update=update))
        else:
            tools.append(tool)
    everything = [k for t in service.tools for k in _override_keys(t)]
    for key in sorted(set(config.overrides) - used):
        if key in everything:
            continue  # matched a tool that the selection left out
        close = difflib.get_close_matches(key, everything, n=1)
        diags.warning(
            "override-unmatched",
            f"override {key!r} matches no operation",
            hint=f"did you mean {close[0]!r}?" if close else "keys are operationIds, tool names or 'METHOD /path'",
        )
    names = naming.dedupe([t.name for t in tools])
    py_names = naming.dedupe([naming.py_identifier(n) for n in names])
    result = []
    for tool, name, py_name in zip(tools, names, py_names, strict=True):
        if name != tool.name:
            diags.warning("name-collision", f"tool name {tool.name!r} is used twice; renamed to {name!r}",
                          file=tool.source.file, pointer=tool.source.pointer)  # fmt: skip
        result.append(tool.model_copy(update={"name": name, "py_name": py_name}))
    if not config.output_schemas:
        result = [t.model_copy(update={"output_schema": None, "output_wrapped": False}) for t in result]
    return result


def _auth_env(schemes: tuple[AuthScheme, ...], prefix: str, used: set[str]) -> tuple[list[AuthScheme], list[EnvVar]]:
    kinds = [s.kind for s in schemes]
    out_schemes, env = [], []
    for scheme in schemes:
        if scheme.kind == "unsupported" or scheme.name not in used:
            out_schemes.append(scheme)
            continue
        shared = kinds.count(scheme.kind) > 1
        tag = f"{prefix}_" + (naming.env_prefix(naming.snake(scheme.name)) + "_" if shared else "")
        label = f"security scheme {scheme.name!r}"
        roles: dict[str, tuple[str, str, bool]] = {}
        if scheme.kind == "api_key":
            var = tag.rstrip("_") if shared else f"{tag}API_KEY"
            roles["key"] = (var, f"API key sent in {scheme.location} {scheme.param_name!r} ({label})", True)
        elif scheme.kind == "http_bearer":
            var = tag.rstrip("_") if shared else f"{tag}TOKEN"
            roles["token"] = (var, f"Bearer token ({label})", True)
        elif scheme.kind == "http_basic":
            roles["username"] = (f"{tag}USERNAME", f"User name for HTTP basic auth ({label})", False)
            roles["password"] = (f"{tag}PASSWORD", f"Password for HTTP basic auth ({label})", True)
        elif scheme.kind == "oauth2_client_credentials":
            roles["client_id"] = (f"{tag}CLIENT_ID", f"OAuth2 client id ({label})", False)
            roles["client_secret"] = (f"{tag}CLIENT_SECRET", f"OAuth2 client secret ({label})", True)
            roles["token_url"] = (f"{tag}TOKEN_URL", f"Token endpoint; default {scheme.token_url}", False)
            roles["scopes"] = (f"{tag}SCOPES", "Space-separated scopes to request; default: none", False)
        env.extend(EnvVar(name=n, description=d, secret=s) for n, d, s in roles.values())
        out_schemes.append(scheme.model_copy(update={"env": {role: n for role, (n, _, _) in roles.items()}}))
    return out_schemes, env


def _pages(wires: list[dict[str, Any]], max_tools: int, max_bytes: int) -> tuple[list[int], list[int]]:
    starts, sizes = [], []
    size, count = 0, 0
    for i, wire in enumerate(wires):
        n = len(json.dumps(wire, separators=(",", ":"), ensure_ascii=False).encode()) + 1
        if not starts or count >= max_tools or (size + n > max_bytes and count):
            starts.append(i)
            sizes.append(0)
            size, count = 0, 0
        size += n
        count += 1
        sizes[-1] = size
    return starts, sizes


def plan(
    service: ServiceModel,
    config: BuildConfig | None = None,
    name: str | None = None,
    ingest_diagnostics: list[Diagnostic] | None = None,
) -> BuildPlan:
    config = config or BuildConfig()
    diags = Diagnostics()
    diags.extend(ingest_diagnostics or [])
    tools = select_tools(service, config, diags)
    if not tools:
        diags.error("no-tools", "no operation is left to become a tool",
                    hint="check the include/exclude selection and read_only")  # fmt: skip
    dist_slug = name or config.name or _package_slug(service.title)
    dist_slug = naming.slug(dist_slug, max_words=6)
    if dist_slug[0].isdigit():  # `2024 API`: the import name must be a Python identifier
        dist_slug = f"api-{dist_slug}"
    prefix = naming.env_prefix(dist_slug)
    used = {n for t in tools for alt in t.binding.security for n in alt}
    schemes, auth_env = _auth_env(service.auth_schemes, prefix, used)
    base_url = config.base_url or (service.servers[0].url if service.servers else "")
    absolute = base_url.startswith(("http://", "https://"))
    sdk_only = all(t.binding.kind == "sdk" for t in tools) and bool(tools)
    if not absolute and not sdk_only:
        diags.warning(
            "base-url-missing",
            f"the description gives no absolute server URL ({base_url or 'none'}); "
            f"the server needs {prefix}_BASE_URL at run time",
            hint="set base_url in mcpgen.yaml",
        )
    has_sdk = any(t.binding.kind == "sdk" for t in tools)
    base_env = [EnvVar(name=f"{prefix}_BASE_URL", description="Base URL of the API", required=not absolute,
                       default=base_url if absolute else None)]  # fmt: skip
    env = [
        *(() if sdk_only else base_env),
        *auth_env,
        *(AWS_ENV if has_sdk else ()),
        EnvVar(name=f"{prefix}_TIMEOUT", description="Seconds to wait for the API", default="30"),
        EnvVar(name=f"{prefix}_MAX_RETRIES", description="Retries of idempotent calls", default="2"),
        EnvVar(
            name=f"{prefix}_MAX_DEPTH",
            description="Deepest nesting of objects and arrays accepted in tool arguments and API answers (1-128)",
            default="64",
        ),
        *(
            [
                EnvVar(
                    name=f"{prefix}_MAX_BODY_BYTES",
                    description="Largest object body returned (bytes)",
                    default="1048576",
                )
            ]
            if any(t.binding.kind == "sdk" and t.binding.streaming_output for t in tools)
            else []
        ),
    ]
    tools, surface = plan_surface(
        tools,
        api_title=service.title,
        requested=config.surface,
        profile_name=config.profile,
        key=server_key(config.server_key, dist_slug),
        group_by=config.group_by,
        pins=config.pin,
        diags=diags,
    )
    starts, sizes = _pages(list(surface.listed), config.page_max_tools, config.page_max_bytes)
    total = sum(sizes)
    version = config.version or service.version
    return BuildPlan(
        service=service.model_copy(update={"tools": tuple(tools), "auth_schemes": tuple(schemes)}),
        package=PackageInfo(
            dist_name=f"{dist_slug}-mcp",
            import_name=f"{dist_slug.replace('-', '_')}_mcp",
            env_prefix=prefix,
            version=_pep440(version),
            server_name=f"{dist_slug}-mcp",
        ),
        base_url=base_url if absolute else "",
        env=tuple(env),
        pages=tuple(starts),
        size=SizeReport(
            tools=len(surface.listed),
            list_bytes=total,
            approx_tokens=total // 4,
            pages=len(starts),
            largest_page_bytes=max(sizes, default=0),
        ),
        diagnostics=tuple(diags.items),
        surface=surface,
    )


_GENERIC_WORDS = frozenset(
    {"api", "apis", "rest", "http", "openapi", "swagger", "the", "v1", "v2", "v3", "s", "official", "spec",
     "specification", "definition", "description", "document", "extension", "for", "and", "of"}
)  # fmt: skip


def _package_slug(title: str) -> str:
    """`Swagger Petstore - OpenAPI 3.0` becomes `petstore`: generic words and numbers dropped."""
    words = naming.slug(title, max_words=12).split("-")
    kept = [w for w in words if w not in _GENERIC_WORDS and not w.isdigit()]
    if kept:
        return "-".join(kept[:4])
    numbers = [w for w in words if w.isdigit()]  # `2024 API` becomes `api-2024`
    return "-".join(["api", *numbers[:3]]) if numbers else naming.slug(title)


def _pep440(version: str) -> str:
    """A package version from the API's version string (`2023-08-16` becomes `2023.8.16`)."""
    parts = [p.lstrip("0") or "0" for p in "".join(c if c.isdigit() else "." for c in version).split(".") if p]
    return ".".join(parts[:4]) if parts else "0.0.0"
