"""Checks that only make sense over streamable HTTP, and the stateless-revision check via the SDK client."""

from __future__ import annotations

from typing import Any

import anyio

from .checks import Checks, Fail, Skip
from .manifest import STATELESS_REVISION
from .wire import CLIENT_INFO, HttpSession

_INIT = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": CLIENT_INFO},
}


def foreign_headers(checks: Checks, url: str) -> None:
    def refused(headers: dict[str, str], what: str) -> None:
        with HttpSession(url).start() as session:
            response = session.raw(_INIT, headers)
        if response.status_code < 400:
            raise Fail(f"a request with {what} was served (HTTP {response.status_code})")

    checks.run("transport.http.foreign-host", lambda: refused({"Host": "evil.example:80"}, "Host: evil.example"))
    checks.run(
        "transport.http.foreign-origin",
        lambda: refused({"Origin": "http://evil.example"}, "Origin: http://evil.example"),
    )


def stateless(checks: Checks, server: Any) -> None:
    """`server` is what `mcp.Client` accepts: a URL or `StdioServerParameters`."""

    def body() -> None:
        from mcp import Client

        async def main() -> tuple[str, int]:
            with anyio.fail_after(checks.timeout):
                async with Client(server, mode="auto") as client:  # probes server/discover first
                    if client.protocol_version != STATELESS_REVISION:
                        return client.protocol_version, 0
                    page = await client.list_tools()
                    return client.protocol_version, len(page.tools)

        try:
            version, count = anyio.run(main)
        except Exception as exc:
            leaf = _leaf(exc)
            raise Fail(f"{type(leaf).__name__}: {leaf}") from exc
        if version != STATELESS_REVISION:
            raise Skip(f"the server does not offer {STATELESS_REVISION}: it negotiated {version}")
        if count == 0 and checks.plan is not None and checks.plan.service.tools:
            raise Fail("the stateless revision listed no tools")

    checks.run(f"lifecycle.stateless[{STATELESS_REVISION}]", body)


def _leaf(exc: BaseException) -> BaseException:
    """The first real error inside (nested) exception groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc
