"""Command line: `python -m <package> [--transport stdio|http] [--host] [--port]`
(and `python -m <package> login` where the server signs in to Microsoft)."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

import anyio

from .app import build_server
from .auth import environment
from .serving import JsonFormatter, Serving


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
    parser.add_argument(
        "--allow-unauthenticated",
        action="store_true",
        help="serve HTTP on a non-loopback address with no caller auth (not advised)",
    )
    parser.add_argument("--log-level", default=os.environ.get("LOG_LEVEL", "warning"))
    return parser.parse_args(argv)


def loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def http_app(
    server: Any, args: argparse.Namespace, serving: Serving | None = None
) -> Any:
    from mcp.server.transport_security import TransportSecuritySettings
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    serving = serving or Serving()
    local = ["127.0.0.1:*", "localhost:*", "[::1]:*"]
    origins = ["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"]

    def listed(name: str) -> list[str]:
        value = os.environ.get(f"{serving.prefix}_{name}", "") if serving.prefix else ""
        return value.replace(",", " ").split()

    security = TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[*local, *args.allowed_host, *listed("ALLOWED_HOSTS")],
        allowed_origins=[*origins, *args.allowed_origin, *listed("ALLOWED_ORIGINS")],
    )

    async def healthz(request: Any) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    return serving.http_app(
        server,
        server.name,
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
    try:
        serving = Serving.load(environment())
    except ValueError as exc:
        sys.exit(f"{__package__}: {exc}")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter(serving))
    logging.basicConfig(level=args.log_level.upper(), handlers=[handler], force=True)
    if args.transport == "http" and not serving.auth.enabled:
        if not loopback(args.host) and not args.allow_unauthenticated:
            sys.exit(
                f"{__package__}: refusing to serve {args.host} with no caller auth:"
                f" set {serving.prefix}_AUTH_MODE (static, jwt or introspection),"
                " or pass --allow-unauthenticated"
            )
    from .server import registry

    server = build_server(registry, serving=serving)
    serving.trace(server)
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
        http_app(server, args, serving),
        host=args.host,
        port=args.port,
        log_level=args.log_level.lower(),
        log_config=None,  # uvicorn's lines go through the JSON formatter too
        lifespan="on",
    )
    anyio.run(uvicorn.Server(config).serve)


if __name__ == "__main__":
    main()
