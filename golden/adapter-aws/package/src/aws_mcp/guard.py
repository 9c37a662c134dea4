"""Answers stdio messages that the MCP SDK cannot read, instead of ignoring them.

The SDK's JSON parser stops at about 195 levels of nesting and then drops the message,
so a `tools/call` with deeper arguments would never be answered. This wrapper around the
read stream reads the id, method and tool name of such a message (without parsing the
deep part) and answers: a `tools/call` with an `isError` result, any other request with
a JSON-RPC parse error.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import mcp_types as types
from mcp.shared.message import SessionMessage
from pydantic import ValidationError

from .results import text_result

logger = logging.getLogger(__package__)
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def outline(text: str, keep: int) -> tuple[Any, int]:
    """`text` parsed with every object or array below level `keep` replaced by null
    (None when even that does not parse), and how deep its objects and arrays nest."""
    parts: list[str] = []
    depth = deepest = start = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in ("{", "["):
            depth += 1
            deepest = max(deepest, depth)
            if depth == keep + 1:
                parts.append(text[start : match.start()] + "null")
        elif token in ("}", "]"):
            if depth == keep + 1:
                start = match.end()
            depth -= 1
    try:
        return json.loads("".join(parts) + text[start:]), deepest
    except (ValueError, RecursionError):
        return None, deepest


class AnswerUnreadable:
    """A read stream that answers (on `write`) requests the transport cannot parse."""

    def __init__(self, read: Any, write: Any, limit: int, message: Any) -> None:
        self._read = read
        self._write = write
        self._limit = limit
        self._message = message  # (tool, where) -> the isError text

    def __getattr__(self, name: str) -> Any:
        return getattr(self._read, name)

    async def receive(self) -> Any:
        while True:
            item = await self._read.receive()
            if not isinstance(item, ValidationError) or not await self._answer(item):
                return item

    def __aiter__(self) -> AnswerUnreadable:
        return self

    async def __anext__(self) -> Any:
        import anyio

        try:
            return await self.receive()
        except anyio.EndOfStream:
            raise StopAsyncIteration from None

    async def aclose(self) -> None:
        await self._read.aclose()

    async def __aenter__(self) -> AnswerUnreadable:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _answer(self, error: ValidationError) -> bool:
        line = next((e.get("input") for e in error.errors()), None)
        if not isinstance(line, str):
            return False
        message, deepest = outline(line, keep=3)
        if not isinstance(message, dict):
            return False
        ident, method = message.get("id"), message.get("method")
        if isinstance(ident, bool) or not isinstance(ident, int | str):
            return False
        params = message.get("params")
        name = params.get("name") if isinstance(params, dict) else None
        deep = deepest - 2 > self._limit  # below the message and its params
        if method == "tools/call" and isinstance(name, str) and deep:
            args = params.get("arguments") if isinstance(params, dict) else None
            where = "(root)"
            if isinstance(args, dict) and len(args) == 1:
                where = next(iter(args))
            result = text_result(self._message(name, where), error=True)
            answer: Any = types.JSONRPCResponse(
                jsonrpc="2.0",
                id=ident,
                result=result.model_dump(by_alias=True, exclude_none=True, mode="json"),
            )
        else:
            reason = error.errors()[0].get("msg", "unreadable message")
            answer = types.JSONRPCError(
                jsonrpc="2.0",
                id=ident,
                error=types.ErrorData(
                    code=types.PARSE_ERROR, message=f"Parse error: {reason}"
                ),
            )
        logger.warning("answered an unreadable %s request (%d levels)", method, deepest)
        await self._write.send(SessionMessage(answer))
        return True
