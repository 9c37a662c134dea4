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


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Selector(_Strict):
    """Matches tools. Within one field any entry may match; every given field must match."""

    tags: tuple[str, ...] = ()
    operations: tuple[str, ...] = ()
    """operationIds or tool names."""
    paths: tuple[str, ...] = ()
    """Glob patterns over path templates (`/pets/*`, `/admin/**`)."""
    methods: tuple[str, ...] = ()


class Override(_Strict):
    name: str | None = None
    title: str | None = None
    description: str | None = None
    exclude: bool = False


class BuildConfig(_Strict):
    name: str | None = None
    """Package slug: the distribution is `<name>-mcp`. Defaults to a slug of the API title."""
    version: str | None = None
    base_url: str | None = None
    include: Selector | None = None
    exclude: Selector | None = None
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
        if part in ("include", "exclude"):
            model = Selector
        elif part == "overrides":
            return list(Override.model_fields)
        elif part == "limits":
            model = Limits
        elif part == "deploy":
            model = DeployConfig
        elif part in ("auth", "rate_limits", "kubernetes") and model is DeployConfig:
            model = {"auth": CallerAuth, "rate_limits": RateLimits, "kubernetes": Kubernetes}[part]
    return list(model.model_fields)
