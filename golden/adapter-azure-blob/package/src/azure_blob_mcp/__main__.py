"""Command line: `python -m <package> [--transport stdio|http] [--host] [--port]`
(and `python -m <package> login` where the server signs in to Microsoft)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

import anyio

from .app import build_server


class JsonFormatter(logging.Formatter):
    """One JSON object per log line, on stderr (stdout carries the stdio transport)."""

    def format(self, record: logging.LogRecord) -> str:
        return json.dumps(
            {
                "level": record.levelname.lower(),
                "logger": record.name,
                "message": record.getMessage(),
            }
        )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog=__package__, description=__doc__)
    parser.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        help="Host header accepted over HTTP (repeatable), e.g. mcp.example.com:*",
    )
    parser.add_argument(
        "--allowed-origin",
        action="append",
        default=[],
        help="Origin header value accepted over HTTP (repeatable)",
    )
    parser.add_argument(
        "--stateless", action="store_true", help="keep no session state (scale out)"
    )
    parser.add_argument("--json-response", action="store_true")
    parser.add_argument("--log-level", default=os.environ.get("LOG_LEVEL", "warning"))
    return parser.parse_args(argv)


def http_app(server: Any, args: argparse.Namespace) -> Any:
    from mcp.server.transport_security import TransportSecuritySettings
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    local = ["127.0.0.1:*", "localhost:*", "[::1]:*"]
    origins = ["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"]
    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[*local, *args.allowed_host],
        allowed_origins=[*origins, *args.allowed_origin],
    )

    async def healthz(request: Any) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return server.streamable_http_app(
        host=args.host,
        stateless_http=args.stateless,
        json_response=args.json_response,
        transport_security=security,
        custom_starlette_routes=[Route("/healthz", healthz, methods=["GET"])],
    )


def main(argv: Sequence[str] | None = None) -> None:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["login"]:  # the device-code sign-in of Microsoft servers
        try:
            from .msal_auth import login
        except ImportError:
            sys.exit("this server has no sign-in command")
        sys.exit(login())
    args = parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=args.log_level.upper(), handlers=[handler], force=True)
    from .server import registry

    server = build_server(registry)
    if args.transport == "stdio":
        from mcp.server.stdio import stdio_server

        from .app import limits, too_deep_message
        from .guard import AnswerUnreadable

        limit, variable = limits()

        def deep(tool: str, where: str) -> str:
            return too_deep_message(tool, where, limit, variable)

        async def serve() -> None:
            async with stdio_server() as (read, write):
                guarded = AnswerUnreadable(read, write, limit, deep)
                options = server.create_initialization_options()
                await server.run(guarded, write, options)

        anyio.run(serve)
        return
    import uvicorn

    config = uvicorn.Config(
        http_app(server, args),
        host=args.host,
        port=args.port,
        log_level=args.log_level.lower(),
        lifespan="on",
    )
    anyio.run(uvicorn.Server(config).serve)


if __name__ == "__main__":
    main()
