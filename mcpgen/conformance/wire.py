"""Raw JSON-RPC sessions with an MCP server over stdio or streamable HTTP, every wait bounded.

The conformance checks speak the protocol by hand (not through an SDK client) so that they can send what
a client library would never send: old protocol revisions, unknown versions, malformed arguments, and
read every byte the server writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

CLIENT_INFO = {"name": "mcpgen-conformance", "version": "1"}


class WireError(Exception):
    """The server did not answer as JSON-RPC requires (timeout, exit, garbage)."""


def rpc_message(method: str, params: dict[str, Any] | None = None, ident: Any = None) -> dict[str, Any]:
    """A JSON-RPC request (with `ident`) or notification."""
    out: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if ident is not None:
        out["id"] = ident
    if params is not None:
        out["params"] = params
    return out


@dataclass
class Reply:
    """One JSON-RPC response: `result` or `error`."""

    id: Any
    result: Any = None
    error: dict[str, Any] | None = None


@dataclass
class StdioSession:
    """A server process speaking newline-delimited JSON-RPC on stdin/stdout."""

    command: Sequence[str]
    env: Mapping[str, str] | None = None
    cwd: str | None = None
    timeout: float = 30.0
    process: subprocess.Popen[bytes] | None = None
    junk: list[str] = field(default_factory=list)
    """Lines on stdout that were not JSON-RPC messages."""
    notifications: list[dict[str, Any]] = field(default_factory=list)
    _lines: queue.Queue[bytes | None] = field(default_factory=queue.Queue)
    _next_id: int = 0
    _stderr: bytearray = field(default_factory=bytearray)
    _replies: dict[Any, Reply] = field(default_factory=dict)

    def start(self) -> StdioSession:
        env = {**os.environ, **(self.env or {})}
        self.process = subprocess.Popen(
            list(self.command),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=self.cwd,
            start_new_session=True,
        )
        threading.Thread(target=self._pump_stdout, args=(self.process.stdout,), daemon=True).start()
        threading.Thread(target=self._pump_stderr, args=(self.process.stderr,), daemon=True).start()
        return self

    def _pump_stdout(self, stream: Any) -> None:
        with contextlib.suppress(ValueError, OSError):  # closed under us by close()
            for line in stream:
                self._lines.put(line)
        self._lines.put(None)

    def _pump_stderr(self, stream: Any) -> None:
        with contextlib.suppress(ValueError, OSError):
            while chunk := stream.read1(65536):
                if len(self._stderr) < 1_000_000:
                    self._stderr.extend(chunk)

    @property
    def stderr(self) -> str:
        return self._stderr.decode("utf-8", "replace")

    def send(self, message: dict[str, Any]) -> None:
        if self.process is None or self.process.stdin is None or self.process.poll() is not None:
            raise WireError(f"the server is not running (exit code {self.process and self.process.poll()})")
        try:
            self.process.stdin.write(json.dumps(message).encode() + b"\n")
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise WireError(f"cannot write to the server: {exc}") from exc

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self.send(rpc_message(method, params))

    def request(self, method: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> Reply:
        self._next_id += 1
        self.send(rpc_message(method, params, self._next_id))
        return self.wait(self._next_id, timeout)

    def wait(self, ident: Any, timeout: float | None = None) -> Reply:
        """The answer to request `ident`; answers to other requests are kept for their own wait."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            if ident in self._replies:
                return self._replies.pop(ident)
            left = deadline - time.monotonic()
            if left <= 0:
                raise WireError(f"no answer to request {ident} within {timeout or self.timeout:.0f} s")
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                continue
            if line is None:
                raise WireError(f"the server closed stdout (exit code {self.process and self.process.poll()})")
            message = self._parse(line)
            if message is None:
                continue
            if "id" in message and ("result" in message or "error" in message):
                self._replies[message["id"]] = Reply(message["id"], message.get("result"), message.get("error"))
                continue
            if "method" in message:
                self.notifications.append(message)

    def _parse(self, line: bytes) -> dict[str, Any] | None:
        text = line.decode("utf-8", "replace").strip()
        if not text:
            return None
        try:
            message = json.loads(text)
        except ValueError:
            self.junk.append(text[:200])
            return None
        if not isinstance(message, dict) or message.get("jsonrpc") != "2.0":
            self.junk.append(text[:200])
            return None
        return message

    def drain(self, seconds: float = 0.2) -> None:
        """Read whatever the server writes for a moment (to catch late stray output)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=left)
            except queue.Empty:
                return
            if line is None:
                return
            message = self._parse(line)
            if message is not None and "method" in message:
                self.notifications.append(message)

    def close(self) -> None:
        if self.process is None:
            return
        process, self.process = self.process, None
        try:
            if process.stdin:
                process.stdin.close()
            process.wait(timeout=5)
        except (subprocess.TimeoutExpired, OSError):
            stop_process(process)
        finally:
            for stream in (process.stdout, process.stderr):
                if stream:
                    stream.close()

    def __enter__(self) -> StdioSession:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def stop_process(process: subprocess.Popen[Any]) -> None:
    """Stop a process we started, and its children, by its own id: TERM, then KILL."""
    if process.poll() is not None:
        return
    for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(process.pid, sig)
        except (ProcessLookupError, PermissionError):
            process.send_signal(sig)
        try:
            process.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def http_server(
    argv: Callable[[int], Sequence[str]],
    *,
    env: Mapping[str, str] | None = None,
    ready_path: str = "/healthz",
    timeout: float = 30.0,
    log: Path | None = None,
) -> Iterator[str]:
    """Run `argv(port)` on a free loopback port until it answers `ready_path`; yield its base URL.

    The process is stopped by its own id when the block ends, whatever happens inside it.
    """
    port = free_port()
    sink = log.open("wb") if log is not None else subprocess.DEVNULL
    try:
        process = subprocess.Popen(
            list(argv(port)),
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=sink,
            start_new_session=True,
        )
    finally:
        if log is not None:
            sink.close()  # type: ignore[union-attr]
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                tail = log.read_text(errors="replace")[-2000:] if log is not None else ""
                raise WireError(f"the HTTP server exited with code {process.returncode} before it answered {tail}")
            try:
                httpx.get(base + ready_path, timeout=1)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    message = f"the HTTP server did not answer at {base}{ready_path} within {timeout:.0f} s"
                    raise WireError(message) from None
                time.sleep(0.1)
        yield base
    finally:
        stop_process(process)


@dataclass
class HttpSession:
    """A streamable-HTTP MCP endpoint; handles JSON and SSE answers and the session id."""

    url: str
    timeout: float = 30.0
    headers: dict[str, str] = field(default_factory=dict)
    session_id: str | None = None
    notifications: list[dict[str, Any]] = field(default_factory=list)
    _next_id: int = 0
    _client: httpx.Client | None = None

    def start(self) -> HttpSession:
        self._client = httpx.Client(timeout=self.timeout)
        return self

    def _post(self, message: dict[str, Any], extra: Mapping[str, str] | None = None) -> httpx.Response:
        assert self._client is not None
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json, text/event-stream",
            **self.headers,
            **(extra or {}),
        }
        if self.session_id:
            headers["Mcp-Session-Id"] = self.session_id
        try:
            return self._client.post(self.url, content=json.dumps(message), headers=headers)
        except httpx.HTTPError as exc:
            raise WireError(f"HTTP request failed: {type(exc).__name__}: {exc}") from exc

    def raw(self, message: dict[str, Any], headers: Mapping[str, str] | None = None) -> httpx.Response:
        return self._post(message, headers)

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self._post(rpc_message(method, params))

    def request(self, method: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> Reply:
        self._next_id += 1
        ident = self._next_id
        response = self._post(rpc_message(method, params, ident))
        if response.headers.get("mcp-session-id"):
            self.session_id = response.headers["mcp-session-id"]
        if response.status_code >= 400 and "json" not in response.headers.get("content-type", ""):
            raise WireError(f"HTTP {response.status_code} for {method}: {response.text[:200]}")
        for payload in _messages(response):
            if payload.get("id") == ident and ("result" in payload or "error" in payload):
                return Reply(ident, payload.get("result"), payload.get("error"))
            if "method" in payload:
                self.notifications.append(payload)
        raise WireError(f"no JSON-RPC answer to {method} in the HTTP response (status {response.status_code})")

    def close(self) -> None:
        if self._client is not None:
            if self.session_id:
                with contextlib.suppress(httpx.HTTPError):
                    self._client.delete(self.url, headers={"Mcp-Session-Id": self.session_id, **self.headers})
            self._client.close()
            self._client = None

    def __enter__(self) -> HttpSession:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _messages(response: httpx.Response) -> list[dict[str, Any]]:
    kind = response.headers.get("content-type", "")
    if kind.startswith("text/event-stream"):
        found = []
        for block in response.text.split("\n\n"):
            data = "\n".join(line[5:].lstrip() for line in block.splitlines() if line.startswith("data:"))
            if data:
                try:
                    found.append(json.loads(data))
                except ValueError:
                    continue
        return [m for m in found if isinstance(m, dict)]
    try:
        body = response.json()
    except ValueError:
        return []
    if isinstance(body, list):
        return [m for m in body if isinstance(m, dict)]
    return [body] if isinstance(body, dict) else []
