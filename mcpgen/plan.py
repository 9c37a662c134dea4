"""Plan: select operations, apply overrides, fix names, and size the `tools/list` the server will send."""

from __future__ import annotations

import difflib
import fnmatch
from typing import Any

from . import naming
from . import tailor as _tailor
from .config import BuildConfig, Selector
from .deploy import plan_deploy
from .diagnostics import Diagnostic, Diagnostics
from .ir import AuthScheme, BuildPlan, EnvVar, PackageInfo, ServiceModel, SizeReport, Tool
from .surface import listed_wires, plan_surface, server_key
from .surface.wire import wire_bytes

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


def matches(selector: Selector, tool: Tool, *, every: bool) -> bool:
    tests = []
    if selector.tags:
        tests.append(any(t in selector.tags for t in tool.tags))
    if selector.operations:
        tests.append(any(k in selector.operations for k in _tailor.tool_keys(tool)))
    if selector.sources:
        tests.append(tool.source_id in selector.sources)
    if selector.paths:
        tests.append(any(fnmatch.fnmatchcase(tool.binding.path, p) for p in selector.paths))
    if selector.methods:
        tests.append(tool.binding.method in {m.upper() for m in selector.methods})
    if not tests:
        return every
    return all(tests) if every else any(tests)


_matches = matches
_override_keys = _tailor.tool_keys


def enabled_services(config: BuildConfig, diags: Diagnostics | None = None) -> list[str]:
    """The service groups a build includes: `enable_services` (`all`: every one), else the default ones."""
    if config.enable_services is None:
        return [k for k, group in config.services.items() if group.default]
    if "all" in config.enable_services:
        return list(config.services)
    unknown = [s for s in config.enable_services if s not in config.services]
    if unknown and diags is not None:
        diags.error("service-unknown", f"no service group {', '.join(map(repr, unknown))}",
                    hint=f"service groups: {', '.join(config.services) or 'none'}")  # fmt: skip
    return [s for s in config.enable_services if s in config.services]


def service_of(tool: Tool, config: BuildConfig, enabled: list[str]) -> str | None:
    """The first enabled service group whose selectors match the tool ("" when there are no groups)."""
    if not config.services:
        return ""
    for key in enabled:
        if any(matches(s, tool, every=True) for s in config.services[key].include):
            return key
    return None


def _included(config: BuildConfig, tool: Tool) -> bool:
    include = config.include
    if include is None:
        return True
    selectors = include if isinstance(include, tuple) else (include,)
    return any(matches(s, tool, every=True) for s in selectors)


def select_tools(service: ServiceModel, config: BuildConfig, diags: Diagnostics) -> list[Tool]:
    tools = []
    used: set[str] = set()
    enabled = enabled_services(config, diags)
    for tool in _tailor.rename(list(service.tools), config):
        if not _included(config, tool):
            continue
        if config.exclude and matches(config.exclude, tool, every=False):
            continue
        group = service_of(tool, config, enabled)
        if group is None:
            continue
        key = next((k for k in _override_keys(tool) if k in config.overrides), None)
        override = config.overrides[key] if key is not None else None
        hints = override.annotations if override is not None else None
        # an override may say a POST only reads (vSphere's `?action=list...`): it then stays in read-only builds
        reads = hints.read_only if hints is not None and hints.read_only is not None else None
        if config.read_only and not (reads if reads is not None else reads_only(tool)):
            if key is not None:
                used.add(key)
            continue
        update: dict[str, Any] = {"service": group} if group else {}
        if hints is not None:
            update["annotations"] = tool.annotations.model_copy(update=hints.model_dump(exclude_none=True))
        if key is not None and override is not None:
            used.add(key)
            if override.exclude:
                continue
            if override.name:
                update["name"] = naming.tool_name_from_operation_id(override.name)
            if override.title:
                update["title"] = override.title
            if override.description:
                update["description"] = override.description
        chosen = tool.model_copy(update=update) if update else tool
        tools.append(_tailor.tailor(chosen, config, override, diags))
    everything = [k for t in _tailor.rename(list(service.tools), config) for k in _override_keys(t)]
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
        elif scheme.kind == "session":
            roles["username"] = (f"{tag}USERNAME", f"User name the session login sends ({label})", False)
            roles["password"] = (f"{tag}PASSWORD", f"Password the session login sends ({label})", True)
        elif scheme.kind == "msal":
            roles["client_id"] = (f"{tag}CLIENT_ID", f"Application (client) id of the app registration ({label})",
                                  False)  # fmt: skip
            roles["tenant"] = (f"{tag}TENANT_ID", "Directory (tenant) id, or `organizations`/`common`", False)
            if "client_credentials" in scheme.flows:
                roles["client_secret"] = (f"{tag}CLIENT_SECRET", "Client secret: application permissions "
                                          "(leave unset for the device-code sign-in)", True)  # fmt: skip
            roles["scopes"] = (f"{tag}SCOPES", "Space-separated scopes; default: " + (" ".join(scheme.scopes)
                               or "none"), False)  # fmt: skip
            roles["access_token"] = (f"{tag}ACCESS_TOKEN", "A ready access token (e.g. from `az account "
                                     "get-access-token`); when set, no sign-in happens", True)  # fmt: skip
            if "device_code" in scheme.flows:
                roles["token_cache"] = (f"{tag}TOKEN_CACHE", "File of the device-code sign-in's token cache "
                                        "(written with user-only permissions); default ~/.cache/<server>/msal.json",
                                        False)  # fmt: skip
        elif scheme.kind == "azure_identity":
            roles["access_token"] = (f"{tag}ACCESS_TOKEN", "A ready access token (e.g. from `az account "
                                     "get-access-token`); when unset, DefaultAzureCredential signs in "
                                     "(AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET, managed identity, "
                                     "or `az login`)", True)  # fmt: skip
            roles["scopes"] = (f"{tag}SCOPES", "Space-separated scopes; default: " + (" ".join(scheme.scopes)
                               or "<API origin>/.default"), False)  # fmt: skip
        elif scheme.kind == "shared_key":
            roles["account"] = (f"{tag}ACCOUNT_NAME", f"Storage account name ({label})", False)
            roles["key"] = (f"{tag}ACCOUNT_KEY", f"Storage account key, base64 ({label})", True)
        elif scheme.kind == "sas":
            roles["token"] = (f"{tag}SAS_TOKEN", f"Shared access signature, the query string ({label})", True)
        elif scheme.kind == "oauth2_client_credentials":
            roles["client_id"] = (f"{tag}CLIENT_ID", f"OAuth2 client id ({label})", False)
            roles["client_secret"] = (f"{tag}CLIENT_SECRET", f"OAuth2 client secret ({label})", True)
            roles["token_url"] = (f"{tag}TOKEN_URL", f"Token endpoint; default {scheme.token_url}", False)
            roles["scopes"] = (f"{tag}SCOPES", "Space-separated scopes to request; default: none", False)
        env.extend(EnvVar(name=n, description=d, secret=s) for n, d, s in roles.values())
        out_schemes.append(scheme.model_copy(update={"env": {role: n for role, (n, _, _) in roles.items()}}))
    return out_schemes, env


def _tls_env(config: BuildConfig, prefix: str) -> list[EnvVar]:
    if not config.tls_settings:
        return []
    verify = "Verify the API's TLS certificate (false: do not, for a self-signed certificate on a lab system)"
    bundle = "PEM file of the CA certificates to trust instead of the system's (a private CA)"
    return [
        EnvVar(name=f"{prefix}_TLS_VERIFY", description=verify, default="true"),
        EnvVar(name=f"{prefix}_CA_BUNDLE", description=bundle),
    ]


def _pages(wires: list[dict[str, Any]], max_tools: int, max_bytes: int) -> tuple[list[int], list[int]]:
    starts, sizes = [], []
    size, count = 0, 0
    for i, wire in enumerate(wires):
        n = wire_bytes(wire)
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
    if not service.tools and diags.has_errors:
        diags.error("no-tools", "no operation of the description could be read", hint="see the errors above")
    elif not service.tools:
        diags.error("no-tools", "the description states no operations (its paths are empty)",
                    hint="give a description with at least one operation under `paths`")  # fmt: skip
    elif not tools:
        diags.error("no-tools", "no operation is left to become a tool",
                    hint="check the include/exclude selection and read_only")  # fmt: skip
    dist_slug = name or config.name or _package_slug(service.title)
    dist_slug = naming.slug(dist_slug, max_words=6)
    if dist_slug[0].isdigit():  # `2024 API`: the import name must be a Python identifier
        dist_slug = f"api-{dist_slug}"
    prefix = naming.env_prefix(dist_slug)
    used = {n for t in tools for alt in t.binding.security for n in alt}
    declared = _tailor.auth_schemes(service.auth_schemes, config.auth)
    unknown = sorted(used - {s.name for s in declared})
    if unknown:
        diags.warning("auth-unknown", f"tools name undefined security scheme(s) {unknown}",
                      hint="declare them under `auth` in mcpgen.yaml")  # fmt: skip
    schemes, auth_env = _auth_env(declared, prefix, used)
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
        *_tailor.env_vars_of(tools, config),
        *_tls_env(config, prefix),
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
    title = config.title or service.title
    tools, surface = plan_surface(
        tools,
        api_title=title,
        requested=config.surface,
        profile_name=config.profile,
        key=server_key(config.server_key, dist_slug),
        group_by=config.group_by,
        pins=config.pin,
        diags=diags,
    )
    if surface.kind == "discovery":
        env.extend(_embeddings_env(prefix))
    deploy = plan_deploy(config.deploy, tools, base_url if absolute else "", diags)
    starts, sizes = _pages(listed_wires(surface, tools), config.page_max_tools, config.page_max_bytes)
    total = sum(sizes)
    version = config.version or service.version
    return BuildPlan(
        service=service.model_copy(update={"tools": tuple(tools), "auth_schemes": tuple(schemes), "title": title}),
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
        notes=config.readme,
        deploy=deploy,
    )


EMBEDDINGS_WEIGHT = "0.45"
"""The default share of the embedding similarity in a fused search score; the same as
`DEFAULT_WEIGHT` in the generated `semantic.py` (a test keeps them equal)."""


def _embeddings_env(prefix: str) -> list[EnvVar]:
    """The optional embedding ranking of a discovery server's search (`semantic.py`)."""
    return [
        EnvVar(name=f"{prefix}_EMBEDDINGS_URL",
               description="OpenAI-compatible embeddings base URL (POST {url}/embeddings); when set with the "
                           "model, search also ranks by embedding similarity. Unset: search is offline"),
        EnvVar(name=f"{prefix}_EMBEDDINGS_MODEL", description="Model name sent to the embeddings endpoint"),
        EnvVar(name=f"{prefix}_EMBEDDINGS_API_KEY", description="Bearer key for the embeddings endpoint",
               secret=True),
        EnvVar(name=f"{prefix}_EMBEDDINGS_WEIGHT",
               description="Share of embedding similarity in a search score (0-1)", default=EMBEDDINGS_WEIGHT),
        EnvVar(name=f"{prefix}_EMBEDDINGS_TIMEOUT", description="Seconds to wait for the embeddings endpoint",
               default="10"),
    ]  # fmt: skip


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
