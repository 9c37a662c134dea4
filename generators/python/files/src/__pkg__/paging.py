"""Following an operation's further pages: next links (`@odata.nextLink`, Azure's
`nextLink`) or continuation tokens, joined into one answer with caps on pages and items.

The answer keeps the items under their property and gains `continuation`: pass it
back as the continuation argument to go on where the caps stopped (null at the end).
The first page is always whole; a later page that would pass the item cap is left
for the continuation.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any

import httpx

from .client import OMIT, ApiClient

Page = Callable[[dict[str, Any]], Awaitable[httpx.Response]]


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


async def paginate(
    api: ApiClient,
    page: Page,
    args: Mapping[str, Any],
    spec: Mapping[str, Any],
    security: Sequence[Sequence[str]] = (),
) -> httpx.Response:
    """Calls `page` (and the next links) until the last page or a cap; returns one
    JSON response whose items are all the pages' items."""
    items_key, next_key = spec["items"], spec["next"]
    limit = int(spec["max_pages"])
    wanted = args.get("max_pages", OMIT)
    pages_wanted = limit if wanted is OMIT else max(1, min(int(wanted), limit))
    max_items = int(spec["max_items"])
    cursor = args.get(spec["cursor_arg"]) or OMIT  # "" starts from the beginning
    token_param = spec.get("token_param")

    async def fetch(position: Any) -> httpx.Response:
        if position is OMIT:
            return await page({})
        if spec["style"] == "next_link":
            return await api.follow(str(position), security=security)
        return await page({token_param: str(position)})

    first: httpx.Response | None = None
    merged: dict[str, Any] = {}
    items: list[Any] = []
    position, pages = cursor, 0
    while True:
        response = await fetch(position)
        data = _json(response) if response.is_success else None
        if not isinstance(data, dict) or not isinstance(data.get(items_key), list):
            if first is None:
                return response  # an error or an unpaged answer: as it is
            break  # a later page failed: what was joined so far, resumable here
        if first is not None and len(items) + len(data[items_key]) > max_items:
            break  # this page would pass the item cap: the continuation resumes here
        if first is None:
            first, merged = response, dict(data)
        pages += 1
        items.extend(data[items_key])
        position = data.get(next_key) or OMIT
        if position is OMIT or pages >= pages_wanted or len(items) >= max_items:
            break
    merged.pop(next_key, None)
    merged[items_key] = items
    merged["continuation"] = None if position is OMIT else str(position)
    assert first is not None
    return httpx.Response(
        200,
        headers={"Content-Type": "application/json"},
        content=json.dumps(merged).encode(),
        request=first.request,
    )
