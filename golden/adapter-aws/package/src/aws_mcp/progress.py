"""Progress notifications from code deep in a tool call (waiters, long polls).

`tools/call` binds the request's reporter; `report(...)` sends `notifications/progress`
when the client asked for progress (a `progressToken`), and does nothing otherwise.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar, Token
from typing import Any

Reporter = Callable[[float, "float | None", "str | None"], Awaitable[None]]
_REPORTER: ContextVar[Reporter | None] = ContextVar("progress_reporter", default=None)


def bind(ctx: Any) -> Token[Reporter | None]:
    """Binds the reporter of the request `ctx` (a lowlevel request context)."""
    session = getattr(ctx, "session", None)
    reporter = getattr(session, "report_progress", None)
    return _REPORTER.set(reporter)


def unbind(token: Token[Reporter | None]) -> None:
    _REPORTER.reset(token)


async def report(
    progress: float, total: float | None = None, message: str | None = None
) -> None:
    reporter = _REPORTER.get()
    if reporter is None:
        return
    try:
        await reporter(progress, total, message)
    except Exception:  # a client gone away must not fail the call
        return
