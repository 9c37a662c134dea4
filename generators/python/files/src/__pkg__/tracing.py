"""OpenTelemetry traces (the package's `otel` extra).

The `mcp` SDK already opens a span per message (`tools/call <tool>`, with
`gen_ai.tool.name`, `mcp.method.name`); this module installs an exporter, makes each
upstream request a child span with the W3C `traceparent` sent to the API (httpx
instrumentation), and parents the MCP span on the caller's HTTP `traceparent` when
the request's `_meta` carries none. Configured by the standard variables:
`OTEL_EXPORTER_OTLP_ENDPOINT` (or `..._TRACES_ENDPOINT`), `OTEL_TRACES_EXPORTER`
(`otlp`, `console`, `none`), `OTEL_SERVICE_NAME`, `OTEL_TRACES_SAMPLER`.
"""

from __future__ import annotations

import logging
import os
from typing import Any

logger = logging.getLogger(__package__ + ".tracing")


def setup(service_name: str) -> bool:
    """Install the tracer provider and the httpx instrumentation; False when the
    `otel` extra is not installed or no exporter is configured."""
    try:
        from opentelemetry import trace
        from opentelemetry.instrumentation.httpx import HTTPXClientInstrumentor
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import (
            BatchSpanProcessor,
            ConsoleSpanExporter,
            SimpleSpanProcessor,
        )
    except ImportError:
        logger.warning(
            "tracing is on but the otel extra is missing: pip install '%s[otel]'",
            service_name,
        )
        return False
    kind = os.environ.get("OTEL_TRACES_EXPORTER", "").strip().lower()
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or os.environ.get(
        "OTEL_EXPORTER_OTLP_ENDPOINT"
    )
    if kind == "none" or (not kind and not endpoint):
        return False
    name = os.environ.get("OTEL_SERVICE_NAME") or service_name
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    if kind == "console":
        provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    else:
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import (
                OTLPSpanExporter,
            )
        except ImportError:
            logger.warning("the OTLP exporter is missing: pip install '%s[otel]'", name)
            return False
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    HTTPXClientInstrumentor().instrument()
    return True


class HeaderTraceContext:
    """Server middleware: a `traceparent` HTTP header parents the request's spans
    when its `_meta` carries no trace context of its own."""

    async def __call__(self, ctx: Any, call_next: Any) -> Any:
        from opentelemetry import context, propagate

        headers = getattr(getattr(ctx, "request", None), "headers", None)
        meta = ctx.meta if isinstance(ctx.meta, dict) else {}
        if not headers or "traceparent" not in headers or "traceparent" in meta:
            return await call_next(ctx)
        carrier = {k: headers[k] for k in ("traceparent", "tracestate") if k in headers}
        token = context.attach(propagate.extract(carrier))
        try:
            return await call_next(ctx)
        finally:
            context.detach(token)


def install(server: Any, service_name: str) -> bool:
    if not setup(service_name):
        return False
    server.middleware.insert(0, HeaderTraceContext())
    return True
