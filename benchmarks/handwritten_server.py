"""The baseline for bench_server.py: a hand-written one-tool MCP server, as a person would write it.

    HANDWRITTEN_BASE_URL=http://127.0.0.1:PORT python benchmarks/handwritten_server.py

One tool, `gitignore_get-template`, does the same HTTP GET as the generated GitHub server's tool of
that name (`GET {base}/gitignore/templates/{name}` with httpx, one shared client) and returns the
JSON object as structured content (a TypedDict return gives the tool an `outputSchema`). Serves
stdio; its only dependencies are `mcp` and `httpx`.
"""

from __future__ import annotations

import os
import urllib.parse
from typing import TypedDict

import httpx
from mcp.server.mcpserver import MCPServer
from mcp_types import ToolAnnotations

BASE_URL = os.environ.get("HANDWRITTEN_BASE_URL", "https://api.github.com").rstrip("/")

server = MCPServer("handwritten-github", version="0.0.1", log_level="WARNING")
_http: httpx.AsyncClient | None = None


class GitignoreTemplate(TypedDict):
    name: str
    source: str


@server.tool(
    name="gitignore_get-template",
    title="Get a gitignore template",
    annotations=ToolAnnotations(read_only_hint=True, open_world_hint=True),
)
async def get_template(name: str) -> GitignoreTemplate:
    """Get the content of a gitignore template."""
    global _http  # noqa: PLW0603 - one client per process, created inside the running event loop
    if _http is None:
        _http = httpx.AsyncClient(timeout=30, follow_redirects=False)
    url = f"{BASE_URL}/gitignore/templates/{urllib.parse.quote(name, safe='')}"
    response = await _http.get(url)
    response.raise_for_status()
    return response.json()


if __name__ == "__main__":
    server.run("stdio")
