"""Long-running operations: the first answer says the work goes on; the server polls
it to the end (Azure: `Azure-AsyncOperation` or `Operation-Location`, else
`Location`, honouring `Retry-After`), sends MCP progress notifications while it
waits, and gives up after the operation's wait cap, saying where to look."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import anyio
import httpx

from . import progress
from .client import MAX_RETRY_AFTER, ApiClient, CallError, expand_path

DONE = {"succeeded": "Succeeded", "failed": "Failed", "canceled": "Canceled"}


def _retry_after(response: httpx.Response, default: float) -> float:
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return default


async def _report(done: float, message: str) -> None:
    await progress.report(done, None, message)


def _status(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return ""
    status = data.get("status") if isinstance(data, dict) else None
    return str(status) if isinstance(status, str) else ""


async def await_operation(
    api: ApiClient,
    first: httpx.Response,
    spec: Mapping[str, Any],
    *,
    security: Sequence[Sequence[str]] = (),
) -> httpx.Response:
    """The final answer of the operation `first` started (or `first` itself)."""
    if spec.get("style") == "task":
        return await await_task(api, first, spec, security=security)
    monitor = first.headers.get("Azure-AsyncOperation") or first.headers.get(
        "Operation-Location"
    )
    location = first.headers.get("Location")
    if first.status_code not in (201, 202) or not (monitor or location):
        return first
    if first.status_code == 201 and not monitor:
        return first  # created; nothing further to wait for
    method = first.request.method
    original = str(first.request.url)
    interval = float(spec.get("poll_seconds") or 2.0)
    deadline = anyio.current_time() + float(spec.get("max_wait") or 300.0)
    wait = _retry_after(first, interval)
    polls = 0
    status = "InProgress"
    last = first
    while True:
        if anyio.current_time() + wait > deadline:
            where = monitor or location
            raise CallError(
                f"the operation is still running after {spec.get('max_wait')} s "
                f"(last status {status}); its status is at {where}"
            )
        await anyio.sleep(wait)
        polls += 1
        if monitor:
            last = await api.follow(monitor, security=security)
            status = _status(last) or status
            await _report(polls, f"{status} after {polls} poll(s)")
            if not last.is_success:
                return last
            if status.lower() in DONE:
                break
        else:
            last = await api.follow(str(location), security=security)
            await _report(polls, f"HTTP {last.status_code} after {polls} poll(s)")
            if last.status_code != 202:
                return last
        wait = _retry_after(last, interval)
    if status.lower() != "succeeded":
        detail = last.text.strip()[:1000]
        raise CallError(f"the long-running operation ended {status}: {detail}")
    via = str(spec.get("final_state_via") or "")
    if via == "azure-async-operation":
        return last
    if via == "original-uri" or (not via and method in ("PUT", "PATCH")):
        return await api.follow(original, security=security)
    if location:
        return await api.follow(location, security=security)
    return last


def _task_id(first: httpx.Response, field: str | None) -> str:
    try:
        data = first.json()
    except ValueError:
        return ""
    if field and isinstance(data, dict):
        data = data.get(field)
    return data if isinstance(data, str) else ""


async def await_task(
    api: ApiClient,
    first: httpx.Response,
    spec: Mapping[str, Any],
    *,
    security: Sequence[Sequence[str]] = (),
) -> httpx.Response:
    """Polls the task whose id `first` carries until it is done; its final state is
    the answer (a failed task is an error naming its error)."""
    task = _task_id(first, spec.get("task_id_field"))
    if not first.is_success or not task:
        return first
    url = api.base_url + expand_path(str(spec["task_path"]), {"id": task})
    done = {str(v).upper() for v in spec.get("done_values") or ()}
    failed = {str(v).upper() for v in spec.get("failed_values") or ()}
    field = str(spec.get("status_field") or "status")
    interval = float(spec.get("poll_seconds") or 2.0)
    deadline = anyio.current_time() + float(spec.get("max_wait") or 300.0)
    polls, status = 0, "PENDING"
    while True:
        last = await api.follow(url, security=security)
        polls += 1
        if not last.is_success:
            return last
        try:
            data = last.json()
        except ValueError:
            return last
        value = data.get(field) if isinstance(data, dict) else None
        status = str(value) if value is not None else status
        progress = data.get("progress") if isinstance(data, dict) else None
        completed = progress.get("completed") if isinstance(progress, dict) else None
        await _report(
            float(completed) if isinstance(completed, int | float) else polls,
            f"task {task}: {status} after {polls} poll(s)",
        )
        if status.upper() in done:
            return last
        if status.upper() in failed:
            detail = (
                json.dumps(data.get("error"))[:1000] if isinstance(data, dict) else ""
            )
            raise CallError(f"task {task} ended {status}: {detail}")
        if anyio.current_time() + interval > deadline:
            raise CallError(
                f"task {task} is still {status} after {spec.get('max_wait')} s; "
                f"its state is at {url}"
            )
        await anyio.sleep(interval)
