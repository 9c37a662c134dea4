"""Following redirect answers, only to the hosts the operation allows (downloads that
answer 302 to a storage host). The next hop carries no credentials of the API."""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence

import httpx

MAX_HOPS = 5


class RedirectRefused(Exception):
    """The redirect leads to a host the operation does not allow."""


def allowed(url: httpx.URL, hosts: Sequence[str]) -> bool:
    host = (url.host or "").lower()
    if url.scheme != "https" and not (url.scheme == "http" and host == "127.0.0.1"):
        return False  # plain http only to this machine (tests, emulators)
    return any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in hosts)


async def follow_redirect(
    http: httpx.AsyncClient, response: httpx.Response, hosts: Sequence[str]
) -> httpx.Response:
    """GET the target of a redirect answer, hop by hop, while each hop is allowed;
    an answer pointing elsewhere is returned as it is (the tool reports it)."""
    for _ in range(MAX_HOPS):
        location = response.headers.get("Location")
        if not response.is_redirect or not location:
            return response
        target = response.request.url.join(location)
        if not allowed(target, hosts):
            return response
        await response.aclose()
        response = await http.get(target)
    return response
