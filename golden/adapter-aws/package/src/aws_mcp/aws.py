"""AWS calls through boto3: one session, cached clients, calls off the event loop.

boto3 does signing, endpoints and every wire protocol; this module turns tool
arguments into a client call and the answer into a tool result. Credentials come
from the standard chain (environment, shared files, SSO, instance roles); the region
from `AWS_REGION`; `AWS_ENDPOINT_URL` points every client at an emulator or a private
endpoint (`AWS_ENDPOINT_URL_<SERVICE>` one service).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import decimal
import json
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import anyio
import mcp_types as types

from . import progress
from .results import text_result

DEFAULT_MAX_ITEMS = 100
DEFAULT_MAX_WAIT = 300
PROGRESS_EVERY = 5.0
DEFAULT_MAX_BODY_BYTES = 1_048_576


@dataclass(frozen=True)
class Member:
    """One tool argument and the operation input member it fills."""

    arg: str
    member: str
    blob: bool = False
    streaming: bool = False
    default: Any = None
    """Sent when the call leaves the argument out (from `default_env` when set)."""
    default_env: str | None = None
    hidden: bool = False
    """Not an argument of the tool: always the default."""


class AwsError(Exception):
    """The call could not be made; the message is shown to the MCP client."""


class Aws:
    """The boto3 session and its clients, shared by every tool of the server."""

    def __init__(
        self,
        env: Mapping[str, str],
        *,
        timeout: float = 30.0,
        max_retries: int = 2,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        user_agent: str = "mcpgen-server",
    ) -> None:
        self.env = env
        self.timeout = timeout
        self.max_retries = max(0, max_retries)
        self.max_body_bytes = max_body_bytes
        self.user_agent = user_agent
        self._session: Any = None
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()

    def client(self, service: str) -> Any:
        with self._lock:
            if service not in self._clients:
                self._clients[service] = self._new_client(service)
            return self._clients[service]

    def _new_client(self, service: str) -> Any:
        import boto3
        from botocore.config import Config

        env = self.env
        if self._session is None:
            keys = {}
            if env.get("AWS_ACCESS_KEY_ID") and env.get("AWS_SECRET_ACCESS_KEY"):
                keys = {
                    "aws_access_key_id": env["AWS_ACCESS_KEY_ID"],
                    "aws_secret_access_key": env["AWS_SECRET_ACCESS_KEY"],
                    "aws_session_token": env.get("AWS_SESSION_TOKEN") or None,
                }
            self._session = boto3.session.Session(
                region_name=env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION"),
                profile_name=env.get("AWS_PROFILE") or None,
                **keys,
            )
        variable = "AWS_ENDPOINT_URL_" + service.upper().replace("-", "_")
        endpoint = env.get(variable) or env.get("AWS_ENDPOINT_URL") or None
        config = Config(
            connect_timeout=self.timeout,
            read_timeout=self.timeout,
            retries={"max_attempts": self.max_retries + 1, "mode": "standard"},
            user_agent_extra=self.user_agent,
            # an emulator or private endpoint has one host: no `{label}.` prefixes
            inject_host_prefix=endpoint is None,
        )
        return self._session.client(service, endpoint_url=endpoint, config=config)

    async def call(
        self,
        service: str,
        method: str,
        args: Mapping[str, Any],
        members: Sequence[Member],
        *,
        paging: bool = False,
        streaming: str | None = None,
        waiter: str | None = None,
        validate: Any = None,
    ) -> types.CallToolResult:
        """Calls `method` of the `service` client with the tool's arguments; with
        `paging`, through its paginator, up to `MaxItems` items and from `NextToken`."""
        try:
            params = _params(args, members, self.env)
        except AwsError as exc:
            return text_result(str(exc), error=True)

        def run() -> dict[str, Any]:
            client = self.client(service)
            if waiter:  # botocore polls; then the answer in the state reached
                polls = client.get_waiter(waiter)
                delay = max(1, int(polls.config.delay))
                wait = int(args.get("MaxWaitSeconds", DEFAULT_MAX_WAIT))
                config = {"Delay": delay, "MaxAttempts": max(1, -(-wait // delay))}
                polls.wait(**params, WaiterConfig=config)
            if paging:  # botocore's paginator follows the pages up to MaxItems
                limit = args.get("MaxItems", DEFAULT_MAX_ITEMS)
                pages = client.get_paginator(method).paginate(
                    **params,
                    PaginationConfig={
                        "MaxItems": limit,
                        "StartingToken": args.get("NextToken") or None,
                    },
                )
                result: dict[str, Any] = pages.build_full_result()
            else:
                result = getattr(client, method)(**params)
            result.pop("ResponseMetadata", None)
            if streaming and streaming in result:
                result.update(self._body(streaming, result.pop(streaming)))
            return result

        try:
            if waiter:
                result = await _with_progress(run, waiter, args)
            else:
                result = await anyio.to_thread.run_sync(run)
        except Exception as exc:  # every failure of the call is an error result
            return text_result(_describe(service, method, exc), error=True)
        data = _jsonable(result)
        problem = validate(data) if validate is not None else None
        text = json.dumps(data, ensure_ascii=False, default=str)
        if problem:
            message = f"the answer of {service} {method} does not match its schema"
            return text_result(f"{message}: {problem}\n{text[:2000]}", error=True)
        content: list[Any] = [types.TextContent(type="text", text=text)]
        if streaming and data.get(f"{streaming}Encoding") == "text":
            content = [types.TextContent(type="text", text=data[streaming])]
        return types.CallToolResult(content=content, structured_content=data)

    def _body(self, member: str, body: Any) -> dict[str, Any]:
        """A streaming payload up to the size cap: text if it decodes, else base64."""
        try:
            raw = body.read(self.max_body_bytes + 1)
        finally:
            body.close()
        truncated = len(raw) > self.max_body_bytes
        raw = raw[: self.max_body_bytes]
        try:
            text, encoding = raw.decode("utf-8"), "text"
        except UnicodeDecodeError:
            if truncated:  # the cut may split a character: keep what decodes
                try:
                    text, encoding = raw[:-3].decode("utf-8"), "text"
                except UnicodeDecodeError:
                    text, encoding = base64.b64encode(raw).decode(), "base64"
            else:
                text, encoding = base64.b64encode(raw).decode(), "base64"
        return {
            member: text,
            f"{member}Encoding": encoding,
            f"{member}Truncated": truncated,
        }


async def _with_progress(
    run: Callable[[], dict[str, Any]], waiter: str, args: Mapping[str, Any]
) -> dict[str, Any]:
    """Runs a waiter off the event loop, reporting the time waited every few seconds."""
    total = float(args.get("MaxWaitSeconds", DEFAULT_MAX_WAIT))
    done = anyio.Event()
    started = time.monotonic()

    async def tick() -> None:
        while not done.is_set():
            with anyio.move_on_after(PROGRESS_EVERY):
                await done.wait()
            if not done.is_set():
                waited = time.monotonic() - started
                message = f"waiting until {waiter}: {waited:.0f} s of {total:.0f}"
                await progress.report(min(waited, total), total, message)

    def captured() -> tuple[dict[str, Any] | None, Exception | None]:
        try:
            return run(), None
        except Exception as exc:  # raised below, outside the task group
            return None, exc

    async with anyio.create_task_group() as group:
        group.start_soon(tick)
        try:
            result, error = await anyio.to_thread.run_sync(
                captured, abandon_on_cancel=True
            )
        finally:
            done.set()
    if error is not None:
        raise error
    assert result is not None
    return result


def _params(
    args: Mapping[str, Any], members: Sequence[Member], env: Mapping[str, str]
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for m in members:
        if m.hidden or m.arg not in args:
            value = env.get(m.default_env) if m.default_env else None
            if value is None:
                value = m.default
            if value is None:
                continue
            params[m.member] = value
            continue
        value = args[m.arg]
        if m.streaming:
            if isinstance(value, str):
                value = value.encode("utf-8")
            else:
                value = _decode(m.arg, value.get("base64", ""))
        elif m.blob:
            value = _decode(m.arg, value)
        params[m.member] = value
    return params


def _decode(arg: str, value: Any) -> bytes:
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise AwsError(f"Invalid arguments: {arg} is not base64: {exc}") from exc


def _describe(service: str, method: str, exc: Exception) -> str:
    """What went wrong, in the words AWS used: the error code and message."""
    where = f"{service} {method}"
    response = getattr(exc, "response", None)
    if isinstance(response, dict) and isinstance(response.get("Error"), dict):
        error = response["Error"]
        code = error.get("Code") or "Error"
        status = response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        message = error.get("Message") or ""
        status_text = f" (HTTP {status})" if status else ""
        return f"AWS error {code}{status_text} from {where}: {message}".rstrip(": ")
    name = type(exc).__name__
    if (
        name == "WaiterError"
    ):  # the state was not reached, or the service said it never will be
        return f"AWS waiter gave up ({where}): {exc}"
    if name == "ParamValidationError":
        return f"Invalid arguments for {where}: {exc}"
    if name in ("NoCredentialsError", "PartialCredentialsError"):
        return (
            f"{where}: no AWS credentials found (set AWS_ACCESS_KEY_ID and"
            " AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or run where a role is available)"
        )
    if name == "NoRegionError":
        return f"{where}: no AWS region (set AWS_REGION)"
    return f"{where} failed: {name}: {exc}"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):  # a paginator gives None for keys no page had
        return {str(k): _jsonable(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode()
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
