"""Prometheus metrics (prometheus-client), served at `/metrics` over HTTP.

Created once per process in a registry of this package's own (another generated
package in the same process keeps its own); every server built from this package in
the process shares them.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

registry = CollectorRegistry()
ProcessCollector(registry=registry)
PlatformCollector(registry=registry)
GCCollector(registry=registry)
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)

calls = Counter(
    "mcp_tool_calls_total",
    "Tool calls by operation and outcome (ok, error, rejected)",
    ["tool", "outcome"],
    registry=registry,
)
latency = Histogram(
    "mcp_tool_call_duration_seconds",
    "Time from a tool call's arguments to its result, by operation",
    ["tool"],
    buckets=BUCKETS,
    registry=registry,
)
upstream = Counter(
    "mcp_upstream_responses_total",
    "Responses of the upstream API by HTTP status (retried attempts included)",
    ["status"],
    registry=registry,
)
retries = Counter(
    "mcp_upstream_retries_total", "Upstream requests sent again", registry=registry
)
limited = Counter(
    "mcp_rate_limited_total",
    "Requests and calls refused by a rate limit (requests: HTTP 429; tool)",
    ["limit"],
    registry=registry,
)
sessions = Gauge(
    "mcp_active_sessions",
    "Open MCP sessions (always 0 in --stateless mode, which keeps none)",
    registry=registry,
)


async def metrics_endpoint(request: Any) -> Any:
    from starlette.responses import Response

    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
