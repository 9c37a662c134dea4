"""Rate limits per caller: HTTP requests (answered 429 with `Retry-After`) and
calls of each tool (answered with an MCP error result). Token buckets in memory:
each replica counts its own callers."""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_RATE = re.compile(
    r"^\s*(\d+)\s*/\s*(\d*)\s*(s|sec|second|m|min|minute|h|hour)s?\s*$", re.I
)
_SECONDS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60}
_SECONDS.update({"h": 3600, "hour": 3600})
MAX_KEYS = 100_000


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: float

    def __str__(self) -> str:
        return f"{self.count}/{self.seconds:g}s"


def parse_rate(text: str) -> Rate | None:
    """`120/minute`, `10/s`, `1000/hour`, `5/30s`; empty, `0` or `off` is no limit."""
    text = text.strip()
    if text.lower() in ("", "0", "off", "none"):
        return None
    match = _RATE.match(text)
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"not a rate: {text!r} (examples: 120/minute, 10/s)")
    per = int(match.group(2) or 1) * _SECONDS[match.group(3).lower()]
    return Rate(int(match.group(1)), float(per))


def parse_tool_rates(text: str) -> dict[str, Rate | None]:
    """`*=60/minute,createPet=5/minute` (`*` is every tool not named)."""
    out: dict[str, Rate | None] = {}
    for entry in text.split(","):
        if entry.strip():
            name, sep, rate = entry.partition("=")
            if not sep:
                raise ValueError(f"not TOOL=RATE: {entry.strip()!r}")
            out[name.strip()] = parse_rate(rate)
    return out


class Buckets:
    """Token buckets by key: `rate.count` calls at once, refilled evenly."""

    def __init__(self, rate: Rate) -> None:
        self.rate = rate
        self.per_second = rate.count / rate.seconds
        self.state: dict[Any, tuple[float, float]] = {}

    def take(self, key: Any) -> float:
        """0 when a call may go now (and it is counted), else seconds to wait."""
        now = time.monotonic()
        tokens, then = self.state.get(key, (float(self.rate.count), now))
        tokens = min(float(self.rate.count), tokens + (now - then) * self.per_second)
        if tokens >= 1:
            if len(self.state) >= MAX_KEYS and key not in self.state:
                self._forget(now)
            self.state[key] = (tokens - 1, now)
            return 0.0
        self.state[key] = (tokens, now)
        return (1 - tokens) / self.per_second

    def _forget(self, now: float) -> None:
        """Drop callers whose buckets are full again (they lose nothing)."""
        full = self.rate.seconds
        self.state = {k: v for k, v in self.state.items() if now - v[1] < full}


class Limiter:
    def __init__(self, requests: Rate | None, tools: Mapping[str, Rate | None]) -> None:
        self.requests = Buckets(requests) if requests else None
        self.default = tools.get("*")
        self.tools = {
            name: Buckets(rate) for name, rate in tools.items() if rate and name != "*"
        }
        self.named = set(tools)
        self.shared = Buckets(self.default) if self.default else None

    @property
    def active(self) -> bool:
        return bool(self.requests or self.tools or self.shared)

    def request(self, caller: str) -> float:
        return self.requests.take(caller) if self.requests else 0.0

    def tool(self, caller: str, tool: str) -> float:
        buckets = self.tools.get(tool)
        if buckets is None:
            if tool in self.named or self.shared is None:
                return 0.0  # named with no limit
            return self.shared.take((caller, tool))
        return buckets.take(caller)


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


class RequestLimit:
    """ASGI wrapper of the `/mcp` endpoint: over the caller's request rate, 429."""

    def __init__(self, app: Any, limiter: Limiter, caller: Any, on_reject: Any):
        self.app = app
        self.limiter = limiter
        self.caller = caller
        self.on_reject = on_reject

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            wait = self.limiter.request(self.caller(scope))
            if wait > 0:
                self.on_reject("requests")
                body = (
                    b'{"jsonrpc":"2.0","id":null,"error":{"code":-32000,'
                    b'"message":"Too many requests: rate limit exceeded"}}'
                )
                await send(
                    {
                        "type": "http.response.start",
                        "status": 429,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"retry-after", retry_after(wait).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
