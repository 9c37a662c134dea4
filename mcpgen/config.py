"""The build configuration (`mcpgen.yaml`): which operations become tools and how they are named."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .deploy import CallerAuth, DeployConfig, Kubernetes, RateLimits
from .diagnostics import InputError
from .ingest.limits import Limits
from .ingest.options import IngestOptions
from .ir import LongRunning, Pagination, SessionLogin


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Selector(_Strict):
    """Matches tools. Within one field any entry may match; every given field must match."""

    tags: tuple[str, ...] = ()
    operations: tuple[str, ...] = ()
    """operationIds, tool names, or `METHOD /path` keys as the description writes them (with their query
    part: `POST /api/vcenter/vm/{vm}/power?action=start`)."""
    sources: tuple[str, ...] = ()
    """Ids of merged descriptions (`sources`)."""
    paths: tuple[str, ...] = ()
    """Glob patterns over path templates (`/pets/*`, `/admin/**`)."""
    methods: tuple[str, ...] = ()


class EnvValue(_Strict):
    """A value read from the environment when the server runs."""

    env: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    description: str = ""
    default: str | None = None


class AnnotationHints(_Strict):
    """MCP tool hints set by hand where the HTTP method misleads (a POST that stops a VM is destructive)."""

    read_only: bool | None = None
    destructive: bool | None = None
    idempotent: bool | None = None
    open_world: bool | None = None


class Override(_Strict):
    name: str | None = None
    title: str | None = None
    description: str | None = None
    exclude: bool = False
    annotations: AnnotationHints | None = None
    """A tool that reads only (`read_only: true`) stays in `--read-only` builds whatever its method."""
    keep_args: tuple[str, ...] | None = None
    """Only these arguments stay (names as in the input schema); required ones cannot be dropped
    unless `fixed` gives them a value."""
    drop_args: tuple[str, ...] = ()
    """These optional arguments go."""
    defaults: dict[str, Any | EnvValue] = Field(default_factory=dict)
    """Argument values sent when the caller leaves them out; the argument becomes optional."""
    fixed: dict[str, Any | EnvValue] = Field(default_factory=dict)
    """Argument values always sent; the argument leaves the input schema."""
    pagination: Pagination | None = None
    follow_redirects: tuple[str, ...] | None = None
    long_running: LongRunning | None = None


class SourceConfig(_Strict):
    """One of several descriptions merged into one server."""

    path: str
    id: str = Field(default="", pattern=r"^$|^[a-z0-9][a-z0-9_-]{0,31}$")
    prefix: str = ""
    """Put before the names of its tools (`blob_`)."""


class ServiceGroup(_Strict):
    """A named group of operations: the union of its selectors."""

    title: str = ""
    description: str = ""
    include: tuple[Selector, ...] = ()
    default: bool = True
    """Part of the build when `enable_services` is not given."""


class AuthConfig(_Strict):
    """A security scheme the description lacks, or one that replaces a scheme of the same name."""

    kind: Literal[
        "api_key",
        "http_bearer",
        "http_basic",
        "oauth2_client_credentials",
        "session",
        "msal",
        "azure_identity",
        "shared_key",
        "sas",
    ]
    description: str = ""
    location: Literal["header", "query", "cookie"] | None = None
    param_name: str | None = None
    token_url: str | None = None
    scopes: tuple[str, ...] = ()
    session: SessionLogin | None = None
    authority: str | None = None
    flows: tuple[Literal["client_credentials", "device_code"], ...] = ()


class DescriptionConfig(_Strict):
    plain: bool = False
    """HTML tags and vendor markup (`{@term operation}`, `{@link Foo}`) become plain text."""
    max_chars: int | None = Field(default=None, ge=40)
    """Longer tool descriptions are cut at a sentence end before this many characters."""
    max_arg_chars: int | None = Field(default=None, ge=20)
    """The same for the descriptions of arguments."""
    enum_limit: int | None = Field(default=None, ge=1)
    """Arguments whose enum (or whose items' enum) has more values become plain strings, the values listed
    in the description (OData's `$select`/`$orderby`/`$expand`)."""


class NamingConfig(_Strict):
    style: Literal["operation_id", "path"] = "operation_id"
    """`path`: tool names from the operationId's verb and the path's words (for descriptions whose
    operationIds are shared: vSphere's 60 `get`s)."""
    strip_path_prefixes: tuple[str, ...] = ()
    """Path prefixes left out of `path`-style names (`/api/vcenter`)."""


class PaginationRule(_Strict):
    """Pagination for every selected GET operation that `match` matches; an empty `match` sets it for the
    operations the description marks as paged (`x-ms-pageable`)."""

    match: Selector = Selector()
    pagination: Pagination


class BuildConfig(_Strict):
    name: str | None = None
    """Package slug: the distribution is `<name>-mcp`. Defaults to a slug of the API title."""
    version: str | None = None
    base_url: str | None = None
    title: str | None = None
    """The server's title; defaults to the description's."""
    sources: tuple[SourceConfig, ...] = ()
    """Several descriptions merged into one server (paths relative to this file)."""
    include: Selector | tuple[Selector, ...] | None = None
    """A selector, or a list of them (their union)."""
    exclude: Selector | None = None
    services: dict[str, ServiceGroup] = Field(default_factory=dict)
    enable_services: tuple[str, ...] | None = None
    """Service groups to build (`all`: every one); default: those marked `default`."""
    headers: dict[str, str] = Field(default_factory=dict)
    """Headers sent on every call; a tool argument for the same header leaves the input schema."""
    auth: dict[str, AuthConfig] = Field(default_factory=dict)
    """Security schemes by name: new ones, or replacements of the description's."""
    security: tuple[tuple[str, ...], ...] | None = None
    """Security requirement of every tool (alternatives of scheme-name sets), replacing the description's."""
    descriptions: DescriptionConfig = Field(default_factory=DescriptionConfig)
    naming: NamingConfig = Field(default_factory=NamingConfig)
    pagination: tuple[PaginationRule, ...] = ()
    follow_redirects: tuple[str, ...] = ()
    """Hosts (`*.sharepoint.com`) that redirect answers of GET operations may be followed to."""
    long_running_max_wait: float | None = Field(default=None, gt=0, le=3600)
    """Seconds a long-running operation is polled before the tool gives up (default 300)."""
    fixed_args: dict[str, Any] = Field(default_factory=dict)
    """Argument values every tool that has the argument sends, the argument leaving its input schema
    (`subscriptionId: {env: AZURE_SUBSCRIPTION_ID}`); an override's own `fixed` wins."""
    tls_settings: bool = False
    """The server reads `<PREFIX>_TLS_VERIFY` and `<PREFIX>_CA_BUNDLE` (self-signed certificates)."""
    readme: str = ""
    """Markdown put in the package README (the vendor's set-up steps); from the configuration, not the
    description."""
    env: dict[str, str] = Field(default_factory=dict)
    """More environment variables to document (name: description), e.g. those `defaults` read."""
    read_only: bool = False
    """Only operations that do not change anything (GET, HEAD, OPTIONS)."""
    overrides: dict[str, Override] = Field(default_factory=dict)
    """Keyed by operationId, tool name, or `METHOD /path`."""
    page_max_tools: int = Field(default=100, ge=1, le=1000)
    page_max_bytes: int = Field(default=256_000, ge=4_096, le=1_000_000)
    allow_ref_roots: tuple[str, ...] = ()
    allow_remote_refs: bool = False
    input_schema_budget: int = Field(default=32_000, ge=0)
    output_schema_budget: int = Field(default=8_000, ge=0)
    output_schemas: bool = True
    limits: Limits = Field(default_factory=Limits)
    """Resource limits of ingest (see `mcpgen.ingest.limits.Limits`)."""
    surface: Literal["auto", "tools", "grouped", "discovery"] = "auto"
    """How tools/list offers the operations (see `mcpgen.surface`)."""
    profile: Literal["generic", "claude-code", "claude-desktop", "vscode", "cursor", "openai"] = "generic"
    """The client the surface is sized for: tool cap, token budget, name length, schema subset."""
    server_key: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_-]{0,11}$")
    """The short key client configurations give the server (at most 12 characters)."""
    group_by: Literal["tag", "path"] = "tag"
    """Groups of the grouped surface: the first tag (operations without one: the first path word), or the path."""
    pin: tuple[str, ...] = ()
    """Operations (operationId, tool name or `METHOD /path`) listed as tools of their own beside grouped or
    discovery tools."""
    deploy: DeployConfig = Field(default_factory=DeployConfig)
    """Serving for a team: caller auth, rate limits, metrics, traces, manifests (see `mcpgen.deploy`)."""

    def ingest_options(self, base: Path | None = None) -> IngestOptions:
        roots = tuple(str((base or Path()) / r) for r in self.allow_ref_roots)
        return IngestOptions(
            allowed_ref_roots=roots,
            allow_remote_refs=self.allow_remote_refs,
            input_schema_budget=self.input_schema_budget,
            output_schema_budget=self.output_schema_budget,
            limits=self.limits,
        )


def load_config(path: str | Path) -> BuildConfig:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise InputError(f"{path}: cannot read the configuration: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: the configuration must be a mapping")
    return parse_config(data, str(path))


def parse_config(data: dict[str, Any], where: str = "configuration") -> BuildConfig:
    try:
        return BuildConfig.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = ".".join(str(p) for p in error["loc"])
            message = error["msg"]
            if error["type"] == "extra_forbidden":
                field_name = str(error["loc"][-1])
                options = _fields_at(error["loc"][:-1])
                close = difflib.get_close_matches(field_name, options, n=1)
                message = f"unknown key{f'; did you mean {close[0]!r}?' if close else ''}"
            problems.append(f"{loc}: {message}")
        raise InputError(f"{where}: invalid configuration: " + "; ".join(problems)) from exc


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    model: type[BaseModel] = BuildConfig
    for part in loc:
        if part in ("include", "exclude", "match"):
            model = Selector
        elif part == "services":
            return list(ServiceGroup.model_fields)
        elif part == "auth":
            return list(AuthConfig.model_fields)
        elif part == "sources":
            return list(SourceConfig.model_fields)
        elif part in ("descriptions", "naming"):
            model = DescriptionConfig if part == "descriptions" else NamingConfig
        elif part == "overrides":
            return list(Override.model_fields)
        elif part == "limits":
            model = Limits
        elif part == "deploy":
            model = DeployConfig
        elif part in ("auth", "rate_limits", "kubernetes") and model is DeployConfig:
            model = {"auth": CallerAuth, "rate_limits": RateLimits, "kubernetes": Kubernetes}[part]
    return list(model.model_fields)
