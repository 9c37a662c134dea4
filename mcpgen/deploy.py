"""Serving a generated package for a team (`deploy:` in `mcpgen.yaml`): caller auth, rate limits, metrics,
traces, Kubernetes manifests and load-balancer configurations.

Everything here is data: the package's `deploy.json` (read by its `serving.py` at start, every value
overridable by an environment variable) and the manifests rendered from `generators/python/templates/deploy/`.
"""

from __future__ import annotations

import re
import urllib.parse
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*(s|sec|second|m|min|minute|h|hour)s?\s*$", re.I)


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _rate(value: str | None) -> str | None:
    if value is None or value.strip().lower() in ("", "0", "off", "none"):
        return None
    match = _RATE.match(value)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"not a rate: {value!r} (examples: 120/minute, 10/s, 5/30s)")
    return value.strip()


class CallerAuth(_Strict):
    """How the server authenticates its own callers over HTTP (never the upstream API's credentials)."""

    mode: Literal["none", "static", "jwt", "introspection"] = "none"
    """`static`: tokens from `<PREFIX>_AUTH_TOKENS`; `jwt`: signed access tokens checked with the issuer's
    JWKS; `introspection`: RFC 7662. Every value is overridable by `<PREFIX>_AUTH_*` at run time."""
    issuer: str | None = None
    audience: str | None = None
    """Default: `resource_url`."""
    jwks_url: str | None = None
    introspection_url: str | None = None
    resource_url: str | None = None
    """This server's public URL (`https://mcp.example.com/mcp`): the RFC 9728 `resource` and token audience."""
    algorithms: tuple[str, ...] = ()
    """Accepted JWT signature algorithms; default RS256/384/512, ES256/384, PS256, EdDSA. `none` is refused."""
    scopes: tuple[str, ...] = ()
    """Scopes every request's token must carry (else 403 `insufficient_scope`)."""
    tool_scopes: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    """Scopes a token needs to call one operation, by operationId, tool name or `METHOD /path`."""
    scopes_from_spec: bool = True
    """Operations not in `tool_scopes` need the scopes of their description's security requirements."""

    @field_validator("algorithms")
    @classmethod
    def _no_none(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(a.lower() == "none" for a in value):
            raise ValueError("the 'none' JWT algorithm cannot be allowed")
        return value


class RateLimits(_Strict):
    requests: str | None = None
    """HTTP requests to `/mcp` per caller (`600/minute`); over it: 429 with `Retry-After`."""
    tools: dict[str, str] = Field(default_factory=dict)
    """Calls per caller of each operation (`"*"`: every operation not named); over it: an error result."""

    @field_validator("requests")
    @classmethod
    def _check_requests(cls, value: str | None) -> str | None:
        return _rate(value)

    @field_validator("tools")
    @classmethod
    def _check_tools(cls, value: dict[str, str]) -> dict[str, str]:
        return {k: _rate(v) or "off" for k, v in value.items()}


class Kubernetes(_Strict):
    enabled: bool = True
    """Write `deploy/kubernetes/` (Deployment, Service, HPA, PDB, NetworkPolicy, ConfigMap) and the
    load-balancer configurations in `deploy/`."""
    image: str | None = None
    """Default `<package>:<version>`."""
    namespace: str | None = None
    replicas: int = Field(default=2, ge=1, le=1000)
    max_replicas: int = Field(default=10, ge=1, le=1000)
    cpu_percent: int = Field(default=70, ge=10, le=100)
    hosts: tuple[str, ...] = ()
    """Host names clients reach the server under (an Ingress host); the Service's names are always allowed."""


class DeployConfig(_Strict):
    auth: CallerAuth = Field(default_factory=CallerAuth)
    rate_limits: RateLimits = Field(default_factory=RateLimits)
    metrics: bool = True
    """Prometheus `/metrics` (adds prometheus-client to the package's dependencies)."""
    tracing: bool = False
    """OpenTelemetry traces: the package gets an `otel` extra and `tracing.py`."""
    stateless: bool = True
    """Manifests and load-balancer configuration for `--stateless` replicas (no sticky sessions)."""
    port: int = Field(default=8000, ge=1, le=65535)
    kubernetes: Kubernetes = Field(default_factory=Kubernetes)


class DeployPlan(_Strict):
    """The deploy configuration with each operation's required scopes resolved to tool names."""

    config: DeployConfig = Field(default_factory=DeployConfig)
    tool_scopes: dict[str, tuple[tuple[str, ...], ...]] = Field(default_factory=dict)
    api_host: str = ""
    api_port: int = 443


def plan_deploy(config: DeployConfig, tools: Any, base_url: str, diags: Any = None) -> DeployPlan:
    """Resolve `tool_scopes` (by operationId, tool name or `METHOD /path`) and the spec's scopes; a key that
    names no selected operation is a `deploy-scope-unmatched` warning."""
    scopes: dict[str, tuple[tuple[str, ...], ...]] = {}
    given = config.auth.tool_scopes
    used = set()
    for tool in tools:
        keys = [tool.operation_id, tool.name, f"{tool.binding.method} {tool.binding.path}"]
        key = next((k for k in keys if k and k in given), None)
        if key is not None:
            used.add(key)
            if given[key]:
                scopes[tool.name] = (tuple(sorted(given[key])),)
        elif config.auth.scopes_from_spec and tool.binding.scopes:
            scopes[tool.name] = tool.binding.scopes
    for key in sorted(set(given) - used):
        if diags is not None:
            message = f"deploy.auth.tool_scopes key {key!r} matches no selected operation"
            diags.warning("deploy-scope-unmatched", message, hint="keys are operationIds, tool names or 'METHOD /path'")
    parts = urllib.parse.urlsplit(base_url)
    port = parts.port or (80 if parts.scheme == "http" else 443)
    return DeployPlan(config=config, tool_scopes=scopes, api_host=parts.hostname or "", api_port=port)


def deploy_json(plan: DeployPlan, prefix: str) -> dict[str, Any]:
    """The package's `deploy.json`."""
    auth = plan.config.auth
    return {
        "prefix": prefix,
        "auth": {
            "mode": auth.mode,
            "issuer": auth.issuer or "",
            "audience": auth.audience or "",
            "jwks_url": auth.jwks_url or "",
            "introspection_url": auth.introspection_url or "",
            "resource_url": auth.resource_url or "",
            **({"algorithms": list(auth.algorithms)} if auth.algorithms else {}),
            "scopes": list(auth.scopes),
        },
        "tool_scopes": {name: [list(a) for a in alts] for name, alts in sorted(plan.tool_scopes.items())},
        "rate_limits": {
            "requests": plan.config.rate_limits.requests or "",
            "tools": dict(sorted(plan.config.rate_limits.tools.items())),
        },
        "metrics": plan.config.metrics,
        "tracing": plan.config.tracing,
    }
