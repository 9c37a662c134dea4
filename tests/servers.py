"""Starting generated servers the way users do, bounded in time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
from mcp import Client, StdioServerParameters


async def _list_all(client: Client) -> list[Any]:
    tools: list[Any] = []
    cursor = None
    while True:
        page = await client.list_tools(cursor=cursor)
        tools.extend(page.tools)
        cursor = page.next_cursor
        if cursor is None:
            return tools


def stdio_tools(python: str, module: str, env: Mapping[str, str] | None = None, timeout: float = 60) -> list[Any]:
    """Start `python -m module` over stdio, list every tool (all pages), stop the server."""
    params = StdioServerParameters(command=python, args=["-m", module], env=dict(env or {}))

    async def main() -> list[Any]:
        with anyio.fail_after(timeout):
            async with Client(params, mode="legacy") as client:
                return await _list_all(client)

    return anyio.run(main)
