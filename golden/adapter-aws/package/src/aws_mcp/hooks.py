"""Your extension points. mcpgen creates this file once and never overwrites it.

Both hooks run for every HTTP request the server sends, OAuth2 token requests included.
"""

from __future__ import annotations

import httpx


async def on_request(request: httpx.Request) -> None:
    """Called before a request is sent: add headers, sign it, or log it."""


async def on_response(response: httpx.Response) -> None:
    """Called when response headers arrive: read rate-limit headers, count metrics."""
