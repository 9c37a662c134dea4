"""The baseline for bench_http.py: a hand-written one-tool MCP server over streamable HTTP.

    HANDWRITTEN_BASE_URL=http://127.0.0.1:PORT python benchmarks/handwritten_http_server.py --port N

One tool, `listBooks`, does the same HTTP GET as the golden bookshop server's tool of that name
(`GET {base}/v1/books` with httpx, one shared client) and returns the list as structured content. Stateless,
JSON responses, no caller auth and no metrics: what a person writes in a few lines.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

import httpx
from mcp.server.mcpserver import MCPServer

BASE_URL = os.environ.get("HANDWRITTEN_BASE_URL", "http://127.0.0.1:9").rstrip("/")
server = MCPServer("handwritten-bookshop", version="0.0.1", log_level="WARNING")
_http: httpx.AsyncClient | None = None


@server.tool(name="listBooks", title="List books")
async def list_books() -> list[dict[str, Any]]:
    """List the books."""
    global _http  # noqa: PLW0603 - one client per process, created inside the running event loop
    if _http is None:
        _http = httpx.AsyncClient(timeout=30, follow_redirects=False)
    response = await _http.get(f"{BASE_URL}/v1/books")
    response.raise_for_status()
    return response.json()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    server.run("streamable-http", host="127.0.0.1", port=args.port, stateless_http=True, json_response=True)
