"""Serving a team: settings from `deploy.json` and the environment, who calls, scopes
and rate limits per tool, metrics, request ids in logs, and no secret in any log line.

`app.py` and `__main__.py` call into this module at a few points; caller auth itself
is `inbound.py`, the limits `ratelimit.py`, the Prometheus metrics `metrics.py`.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import mcp_types as types

from . import inbound
from .ratelimit import Limiter, RequestLimit, parse_rate, parse_tool_rates, retry_after

logger = logging.getLogger(__package__)
request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default=""
)
caller_id: contextvars.ContextVar[str] = contextvars.ContextVar("caller", default="")
caller_scopes: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "scopes", default=None
)
_attempt: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar(
    "attempt", default=None
)
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
_TOKENISH = re.compile(
    r"(?i)(bearer|basic)\s+[A-Za-z0-9._~+/=-]+|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"
)
_SECRET_ROLES = ("key", "token", "password", "client_secret")
_OFF = ("0", "false", "no", "off")


def _load(name: str) -> Any:
    try:
        text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return json.loads(text)


def _metrics_module() -> Any:
    try:
        from . import metrics  # present when the package was built with metrics
    except ImportError:
        return None
    return metrics


@dataclass
class Serving:
    prefix: str = ""
    auth: inbound.AuthConfig = field(default_factory=inbound.AuthConfig)
    tool_scopes: dict[str, list[list[str]]] = field(default_factory=dict)
    limiter: Limiter = field(default_factory=lambda: Limiter(None, {}))
    metrics: Any = None
    secrets: list[str] = field(default_factory=list)
    tracing: bool = False
    direct: set[str] = field(default_factory=set)
    """Listed tools that are operations themselves (set by `build_server`)."""

    @classmethod
    def load(cls, env: Mapping[str, str]) -> Serving:
        """Raises ValueError (InboundError among them) for a bad setting."""
        deploy = _load("deploy.json")
        prefix = deploy.get("prefix", "")
        auth = inbound.load_config(deploy.get("auth") or {}, env, prefix)
        scopes = deploy.get("tool_scopes") or {}
        if env.get(f"{prefix}_AUTH_TOOL_SCOPES", "").strip().lower() in _OFF:
            scopes = {}
        limits = deploy.get("rate_limits") or {}
        requests = env.get(f"{prefix}_RATE_LIMIT", limits.get("requests") or "")
        tools = parse_tool_rates(
            ",".join(f"{k}={v}" for k, v in limits.get("tools", {}).items())
        )
        tools.update(parse_tool_rates(env.get(f"{prefix}_TOOL_RATE_LIMITS", "")))
        metrics = None
        if (
            deploy.get("metrics")
            and env.get(f"{prefix}_METRICS", "1").lower() not in _OFF
        ):
            metrics = _metrics_module()
        service = _load("service.json")
        secret_vars = [
            var
            for scheme in service.get("auth", [])
            for role, var in scheme.get("env", {}).items()
            if role in _SECRET_ROLES
        ]
        secrets = [env.get(v, "") for v in secret_vars] + auth.secrets()
        tracing = bool(deploy.get("tracing")) and (
            env.get(f"{prefix}_TRACING", "1").lower() not in _OFF
        )
        return cls(
            tracing=tracing,
            prefix=prefix,
            auth=auth,
            tool_scopes=scopes,
            limiter=Limiter(parse_rate(requests), tools),
            metrics=metrics,
            secrets=sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True),
        )

    # -- one tool call -------------------------------------------------------------

    @contextmanager
    def calling(self, ctx: Any) -> Iterator[None]:
        """Who makes this `tools/call` and its request id, for limits and logs."""
        request = getattr(ctx, "request", None)
        headers = getattr(request, "headers", None) or {}
        given = headers.get("x-request-id", "")
        rid = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope = getattr(request, "scope", None)
        caller = caller_of(scope) if isinstance(scope, dict) else "stdio"
        tokens = (
            request_id.set(rid),
            caller_id.set(caller),
            caller_scopes.set(scopes_of(ctx)),
        )
        try:
            yield
        finally:
            request_id.reset(tokens[0])
            caller_id.reset(tokens[1])
            caller_scopes.reset(tokens[2])

    def admit(self, name: str) -> Any:
        """An error result when the caller lacks the operation's scopes or is over a
        rate limit, else None. Scopes are checked for authenticated HTTP callers."""
        needed = self.tool_scopes.get(name)
        granted = caller_scopes.get()
        if needed and granted is not None:
            have = set(granted)
            if not any(set(alternative) <= have for alternative in needed):
                self.count(name, "rejected")
                wanted = " or ".join(" ".join(a) for a in needed)
                return _error(
                    f"{name} needs the scope(s) {wanted} in your access token"
                )
        if self.limiter.active:
            wait = self.limiter.tool(caller_id.get() or "stdio", name)
            if wait > 0:
                self.count(name, "rejected")
                if self.metrics:
                    self.metrics.limited.labels("tool").inc()
                after = retry_after(wait)
                return _error(
                    f"Rate limit exceeded for {name}: retry after {after} s",
                    meta={"retryAfterSeconds": int(after)},
                )
        return None

    @contextmanager
    def timed(self, name: str) -> Iterator[list[Any]]:
        """Measures one call; put the result in the yielded list."""
        started = time.perf_counter()
        out: list[Any] = []
        token = _attempt.set([])
        try:
            yield out
        finally:
            _attempt.reset(token)
            if self.metrics:
                self.metrics.latency.labels(name).observe(time.perf_counter() - started)
                failed = not out or bool(getattr(out[0], "is_error", False))
                self.count(name, "error" if failed else "ok")

    def count(self, name: str, outcome: str) -> None:
        if self.metrics:
            self.metrics.calls.labels(name, outcome).inc()

    # -- upstream requests ---------------------------------------------------------

    def http_hooks(self) -> dict[str, list[Any]]:
        if not self.metrics:
            return {}
        metrics = self.metrics

        async def on_request(request: Any) -> None:
            seen = _attempt.get()
            if seen is None:
                return
            key = (request.method, request.url.copy_with(query=None))
            if key in seen:
                metrics.retries.inc()
            seen.append(key)

        async def on_response(response: Any) -> None:
            metrics.upstream.labels(str(response.status_code)).inc()

        return {"request": [on_request], "response": [on_response]}

    def trace(self, server: Any) -> bool:
        """OpenTelemetry spans for the server, when the package was built with
        tracing and an exporter is configured (see `tracing.py`)."""
        if not self.tracing:
            return False
        from . import tracing

        return tracing.install(server, server.name)

    # -- the HTTP app --------------------------------------------------------------

    def http_app(self, server: Any, name: str, **options: Any) -> Any:
        """`server.streamable_http_app(**options)` with caller auth, `/metrics` and
        the request rate limit."""
        import httpx
        from starlette.routing import Route

        http = httpx.AsyncClient(timeout=10.0, follow_redirects=False)
        routes = list(options.pop("custom_starlette_routes", []))
        routes += inbound.metadata_routes(self.auth, name)
        if self.metrics:
            routes.append(
                Route("/metrics", self.metrics.metrics_endpoint, methods=["GET"])
            )
        app = server.streamable_http_app(
            custom_starlette_routes=routes,
            **inbound.http_options(self.auth, http),
            **options,
        )
        if self.metrics:
            manager = server.session_manager
            # the SDK keeps no public count; its table of open sessions is read
            self.metrics.sessions.set_function(
                lambda: len(getattr(manager, "_server_instances", ()))
            )
        path = options.get("streamable_http_path", "/mcp")
        for route in app.router.routes:
            if getattr(route, "path", None) != path:
                continue
            if self.tool_scopes and self.auth.enabled:
                route.app = ScopeChallenge(route.app, self)
            if self.limiter.requests:
                route.app = RequestLimit(
                    route.app, self.limiter, caller_of, self._rejected
                )
        return app

    def missing_scopes(self, body: bytes, granted: list[str]) -> tuple[str, str]:
        """For a `tools/call` of an operation listed as itself whose scopes `granted`
        lacks: (the tool, the scopes to ask for); else empty strings."""
        try:
            message = json.loads(body)
        except ValueError:
            return "", ""
        if not isinstance(message, dict) or message.get("method") != "tools/call":
            return "", ""
        params = message.get("params")
        name = params.get("name") if isinstance(params, dict) else None
        if not isinstance(name, str) or name not in self.direct:
            return "", ""
        needed = self.tool_scopes.get(name)
        have = set(granted)
        if not needed or any(set(alt) <= have for alt in needed):
            return "", ""
        return name, " ".join(sorted(set(self.auth.scopes) | set(needed[0])))

    def _rejected(self, limit: str) -> None:
        if self.metrics:
            self.metrics.limited.labels(limit).inc()

    # -- logs ----------------------------------------------------------------------

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, "[redacted]")
        return _TOKENISH.sub(lambda m: (m.group(1) or "") + " [redacted]", text)


class ScopeChallenge:
    """ASGI wrapper of `/mcp`: a `tools/call` of an operation whose scopes the
    caller's token lacks gets 403 `insufficient_scope` naming the scopes to ask for
    (step-up authorization). Calls through grouped or discovery tools are checked by
    the call handler instead (an error result)."""

    LIMIT = 1_000_000

    def __init__(self, app: Any, serving: Serving) -> None:
        self.app = app
        self.serving = serving
        self.metadata = ""
        if serving.auth.mode in ("jwt", "introspection"):
            from mcp.server.auth.routes import build_resource_metadata_url

            self.metadata = str(build_resource_metadata_url(serving.auth.resource_url))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        token = getattr(scope.get("user"), "access_token", None)
        if scope["type"] != "http" or scope.get("method") != "POST" or token is None:
            await self.app(scope, receive, send)
            return
        received, size, more = [], 0, True
        while more and size <= self.LIMIT:
            message = await receive()
            received.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            more = message.get("more_body", False)
        tool, wanted = "", ""
        if not more:
            body = b"".join(m.get("body", b"") for m in received)
            tool, wanted = self.serving.missing_scopes(body, list(token.scopes))
        if wanted:
            self.serving.count(tool, "rejected")
            challenge = f'Bearer error="insufficient_scope", scope="{wanted}"'
            if self.metadata:
                challenge += f', resource_metadata="{self.metadata}"'
            text = json.dumps(
                {
                    "error": "insufficient_scope",
                    "error_description": f"{tool} needs the scope(s) {wanted}",
                }
            ).encode()
            headers = [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(text)).encode()),
                (b"www-authenticate", challenge.encode()),
            ]
            await send(
                {"type": "http.response.start", "status": 403, "headers": headers}
            )
            await send({"type": "http.response.body", "body": text})
            return

        async def replay() -> Any:
            return received.pop(0) if received else await receive()

        await self.app(scope, replay, send)


def caller_of(scope: Mapping[str, Any]) -> str:
    """The token's subject (or client id) when a caller was authenticated, else the
    client's address."""
    user = scope.get("user")
    token = getattr(user, "access_token", None)
    if token is not None:
        return f"sub:{token.subject or token.client_id}"
    client = scope.get("client")
    return f"addr:{client[0]}" if client else "addr:unknown"


def scopes_of(ctx: Any) -> list[str] | None:
    """The scopes of the caller's token over authenticated HTTP, else None."""
    request = getattr(ctx, "request", None)
    scope = getattr(request, "scope", None)
    user = scope.get("user") if isinstance(scope, dict) else None
    token = getattr(user, "access_token", None)
    return list(token.scopes) if token is not None else None


def _error(message: str, meta: dict[str, Any] | None = None) -> types.CallToolResult:
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=message)],
        is_error=True,
        _meta=meta,
    )


class JsonFormatter(logging.Formatter):
    """One JSON object per log line (on stderr: stdout carries the stdio transport),
    with the request id and trace id, and every known secret replaced."""

    def __init__(self, serving: Serving | None = None) -> None:
        super().__init__()
        self.serving = serving

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message += "\n" + self.formatException(record.exc_info)
        if self.serving:
            message = self.serving.redact(message)
        line: dict[str, Any] = {
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": message,
        }
        rid = request_id.get()
        if rid:
            line["request_id"] = rid
        trace = _trace_id()
        if trace:
            line["trace_id"] = trace
        return json.dumps(line)


def _trace_id() -> str:
    try:
        from opentelemetry import trace
    except ImportError:
        return ""
    context = trace.get_current_span().get_span_context()
    return format(context.trace_id, "032x") if context.is_valid else ""
