"""The checks, run over one transport of one server. Each check passes, fails with a reason, or skips."""

from __future__ import annotations

import re
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator  # the meta-schema check of listed schemas only
from jsonschema.exceptions import SchemaError

from ..ir import BuildPlan, Tool
from ..surface import route_call
from ..surface.wire import tool_wire
from .arguments import examples
from .manifest import HANDSHAKE_REVISIONS, requirement
from .report import CheckResult, Outcome
from .upstream import MockUpstream, http_tools
from .validate import first_error
from .wire import CLIENT_INFO, HttpSession, Reply, StdioSession, WireError

Session = StdioSession | HttpSession
TOOL_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,128}$")
UNKNOWN_VERSION = "1999-01-01"
CANCEL_WINDOW = 1.0
"""Seconds within which a cancelled call must close its upstream request (the server's own upstream
timeout, set longer by the runner, must not be what closes it)."""


DOT_VALUES = ("..", ".", "%2e%2e", "../..")
"""Path argument values that an HTTP client or server may resolve to another endpoint."""


def _textual(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type", "string") == "string" and "enum" not in schema


def _dot_segment(segment: str) -> bool:
    """Whether `segment`, percent-decoded (as often as it changes), holds a `.` or `..` piece."""
    for _ in range(4):
        decoded = urllib.parse.unquote(segment)
        if decoded == segment:
            break
        segment = decoded
    pieces = re.split(r"[/\\]", segment)
    return any(p.split(";")[0].strip() in {".", ".."} for p in pieces)


class Fail(Exception):
    """The check found a violation; the message says which."""


class Skip(Exception):
    """The check does not apply here; the message says why."""


def initialize(session: Session, version: str = HANDSHAKE_REVISIONS[-1]) -> dict[str, Any]:
    reply = session.request("initialize", {"protocolVersion": version, "capabilities": {}, "clientInfo": CLIENT_INFO})
    if reply.error is not None or not isinstance(reply.result, dict):
        raise Fail(f"initialize failed: {reply.error}")
    session.notify("notifications/initialized")
    return reply.result


def _result(reply: Reply, what: str) -> dict[str, Any]:
    if reply.error is not None:
        raise Fail(f"{what} answered with an error: {reply.error}")
    if not isinstance(reply.result, dict):
        raise Fail(f"{what} answered with {reply.result!r}")
    return reply.result


@dataclass
class Checks:
    """Runs the checks that apply to one transport; `opener` starts a fresh, uninitialised session."""

    opener: Callable[[], Session]
    transport: str
    plan: BuildPlan | None = None
    upstream: MockUpstream | None = None
    examples_per_tool: int = 2
    timeout: float = 30.0
    sdk_emulator: str = ""
    """Why SDK-bound operations cannot be called (no emulator), or "" when an emulator serves them."""

    def __post_init__(self) -> None:
        self.results: list[CheckResult] = []
        self._session: Session | None = None
        self._info: dict[str, Any] = {}
        self._tools: list[dict[str, Any]] = []

    # -- plumbing -------------------------------------------------------------------------------
    def run(self, check_id: str, body: Callable[[], None], title: str | None = None) -> None:
        req = requirement(check_id)
        started = time.perf_counter()
        outcome, reason = Outcome.PASS, ""
        try:
            body()
        except Fail as exc:
            outcome, reason = Outcome.FAIL, str(exc)
        except Skip as exc:
            outcome, reason = Outcome.SKIP, str(exc)
        except WireError as exc:
            outcome, reason = Outcome.FAIL, f"transport: {exc}"
        except Exception as exc:  # a harness bug must show as a failed check, not a crash
            outcome, reason = Outcome.FAIL, f"harness error: {type(exc).__name__}: {exc}"
        self.results.append(
            CheckResult(
                check_id,
                title or req.behaviour,
                req.source,
                outcome,
                reason,
                self.transport,
                time.perf_counter() - started,
            )
        )

    @property
    def session(self) -> Session:
        if self._session is None:
            session = self.opener()
            try:
                self._info = initialize(session)
            except BaseException:
                session.close()
                raise
            self._session = session
        return self._session

    def close(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _fresh(self, body: Callable[[Session], None]) -> None:
        session = self.opener()
        try:
            body(session)
        finally:
            session.close()

    def _alive(self) -> None:
        reply = self.session.request("ping", {}, timeout=10)
        if reply.error is not None or reply.result != {}:
            raise Fail(f"the server no longer answers ping properly: {reply.error or reply.result}")

    # -- lifecycle ------------------------------------------------------------------------------
    def lifecycle(self) -> None:
        for version in HANDSHAKE_REVISIONS:
            self.run(f"lifecycle.initialize[{version}]", lambda v=version: self._fresh(lambda s: self._handshake(s, v)))
        self.run("lifecycle.initialize-unknown-version", lambda: self._fresh(self._unknown_version))
        self.run("lifecycle.server-info", self._server_info)
        self.run("lifecycle.capabilities", self._capabilities)
        self.run("ping", self._ping)

    def _handshake(self, session: Session, version: str) -> None:
        result = initialize(session, version)
        if result.get("protocolVersion") != version:
            raise Fail(f"asked for {version}, the server answered {result.get('protocolVersion')}")
        _result(session.request("tools/list", {}), f"tools/list after a {version} handshake")

    def _unknown_version(self, session: Session) -> None:
        result = initialize(session, UNKNOWN_VERSION)
        answered = result.get("protocolVersion")
        if answered not in HANDSHAKE_REVISIONS:
            raise Fail(f"asked for {UNKNOWN_VERSION}, the server answered {answered!r}, not a version it supports")

    def _server_info(self) -> None:
        self.session  # noqa: B018 - opens and initialises the shared session
        info = self._info.get("serverInfo") or {}
        missing = [k for k in ("name", "version") if not str(info.get(k) or "").strip()]
        if missing:
            raise Fail(f"serverInfo lacks {', '.join(missing)}: {info}")

    def _capabilities(self) -> None:
        self.session  # noqa: B018
        capabilities = self._info.get("capabilities") or {}
        if "tools" not in capabilities:
            raise Fail(f"no tools capability advertised: {capabilities}")
        reply = self.session.request("logging/setLevel", {"level": "info"})
        if "logging" in capabilities and reply.error is not None:
            raise Fail(f"logging is advertised but logging/setLevel failed: {reply.error}")
        if "logging" not in capabilities and reply.error is None:
            raise Fail("logging/setLevel succeeds but the logging capability is not advertised")

    def _ping(self) -> None:
        reply = self.session.request("ping", {})
        if reply.error is not None or reply.result != {}:
            raise Fail(f"ping must answer {{}}, got {reply.error or reply.result}")

    # -- tools/list -----------------------------------------------------------------------------
    def tools_list(self) -> None:
        self.run("tools.list.pagination", self._pagination)
        self.run("tools.list.names", self._names)
        self.run("tools.list.descriptions", self._descriptions)
        self.run("tools.list.input-schemas", lambda: self._schemas("inputSchema", required=True))
        self.run("tools.list.output-schemas", lambda: self._schemas("outputSchema", required=False))

    def _pagination(self) -> None:
        tools: list[dict[str, Any]] = []
        cursor, seen_cursors = None, set()
        for _ in range(10_000):
            params = {"cursor": cursor} if cursor is not None else {}
            result = _result(self.session.request("tools/list", params), "tools/list")
            tools.extend(result.get("tools") or [])
            cursor = result.get("nextCursor")
            if cursor is None:
                break
            if cursor in seen_cursors:
                raise Fail(f"nextCursor {cursor!r} repeats: the listing never ends")
            seen_cursors.add(cursor)
        self._tools = tools
        names = [t.get("name") for t in tools]
        if len(set(names)) != len(names):
            raise Fail("following the cursors lists some tools twice")
        bad = self.session.request("tools/list", {"cursor": "not-a-cursor-\u2603"})
        if seen_cursors and bad.error is None:
            raise Fail("an invalid cursor was accepted")

    def _listed(self) -> list[dict[str, Any]]:
        if not self._tools:
            self._pagination()
        if not self._tools:
            raise Skip("the server lists no tools")
        return self._tools

    def _names(self) -> None:
        names = [t.get("name") for t in self._listed()]
        invalid = [n for n in names if not isinstance(n, str) or not TOOL_NAME.match(n)]
        if invalid:
            raise Fail(f"invalid tool names: {invalid[:5]}")
        if len(set(names)) != len(names):
            raise Fail("tool names are not unique")

    def _descriptions(self) -> None:
        empty = [t.get("name") for t in self._listed() if not str(t.get("description") or "").strip()]
        if empty:
            raise Fail(f"{len(empty)} tool(s) have no description: {empty[:5]}")

    def _schemas(self, key: str, *, required: bool) -> None:
        problems = []
        present = 0
        for tool in self._listed():
            schema = tool.get(key)
            if schema is None:
                if required:
                    problems.append(f"{tool.get('name')}: no {key}")
                continue
            present += 1
            try:
                Draft202012Validator.check_schema(schema)
            except SchemaError as exc:
                problems.append(f"{tool.get('name')}: invalid JSON Schema at {list(exc.path)}: {exc.message}")
                continue
            if not isinstance(schema, dict) or schema.get("type") != "object":
                problems.append(f"{tool.get('name')}: {key} must have type object at the root")
        if problems:
            raise Fail("; ".join(problems[:5]) + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""))
        if not present:
            raise Skip(f"no tool declares an {key}")

    # -- tools/call -----------------------------------------------------------------------------
    def call(self, name: str, arguments: dict[str, Any], timeout: float | None = None) -> Reply:
        return self.session.request("tools/call", {"name": name, "arguments": arguments}, timeout=timeout)

    def tools_call(self) -> None:
        self.run("tools.call.unknown-tool", self._unknown_tool)
        self.run("tools.call.invalid-arguments", self._invalid_arguments)

    def _unknown_tool(self) -> None:
        reply = self.call("mcpgen_conformance_no_such_tool", {})
        if reply.error is None:
            raise Fail(f"an unknown tool was answered with a result, not a JSON-RPC error: {reply.result}")
        self._alive()

    def _invalid_arguments(self) -> None:
        for tool in self._listed():
            props = (tool.get("inputSchema") or {}).get("properties") or {}
            field = next(
                (
                    k
                    for k, v in props.items()
                    if isinstance(v, dict) and v.get("type") in ("string", "integer", "number", "boolean")
                ),
                None,
            )
            if field is None:
                continue
            reply = self.call(tool["name"], {field: {"mcpgen": ["not", "a", props[field]["type"]]}})
            if reply.error is not None:
                raise Fail(
                    f"{tool['name']}: invalid arguments gave a protocol error, not an isError result: {reply.error}"
                )
            result = _result(reply, "tools/call")
            text = " ".join(c.get("text", "") for c in result.get("content") or [] if isinstance(c, dict))
            if not result.get("isError"):
                raise Fail(f"{tool['name']}: arguments of the wrong type were accepted: {text[:200]}")
            if field not in text:
                raise Fail(f"{tool['name']}: the error does not name the field {field!r}: {text[:200]}")
            self._alive()
            return
        raise Skip("no tool has a typed argument to get wrong")

    # -- against the mock upstream (generated packages) -----------------------------------------
    def call_operation(self, tool: Tool, arguments: dict[str, Any], timeout: float | None = None) -> Reply:
        """Calls operation `tool` through the package's surface (its own tool, its group's tool, or
        call_operation / call_read_operation)."""
        assert self.plan is not None
        name, through = route_call(self.plan.surface, tool, arguments)
        return self.call(name, through, timeout=timeout)

    def upstream_calls(self) -> None:
        assert self.plan is not None and self.upstream is not None
        listed = {t.get("name"): t for t in self._listed()}
        for tool in self.plan.service.tools:
            self.run(
                f"tools.call.valid[{tool.name}]",
                lambda t=tool: self._valid_call(t, listed),
                title=f"{tool.name}: valid arguments reach {tool.binding.method} {tool.binding.path} correctly"
                if tool.binding.kind == "http"
                else f"{tool.name}: valid arguments call {tool.binding.path} and get its answer or its error",
            )
        self.run("tools.call.path-values", self._path_values)
        probe = self._probe_tool()
        for check, mode, hint in (
            ("tools.call.upstream-4xx", "status:404", "404"),
            ("tools.call.upstream-5xx", "status:503", "503"),
            ("tools.call.upstream-malformed", "malformed", "malformed"),
            ("tools.call.upstream-timeout", "hang", "time"),
        ):
            self.run(check, lambda m=mode, h=hint: self._upstream_failure(probe, m, h))
        self.run("transport.concurrent-calls", lambda: self._concurrent(probe))

    def _probe_tool(self) -> tuple[str, dict[str, Any]] | None:
        """A listed tool and arguments that call one operation with a JSON answer."""
        assert self.plan is not None
        for tool in sorted(http_tools(self.plan), key=lambda t: not t.annotations.read_only):
            args = examples(tool.input_schema, 1)
            if args and tool.binding.response_kind == "json":
                return route_call(self.plan.surface, tool, args[0])
        return None

    def _valid_call(self, operation: Tool, listed: dict[str, Any]) -> None:
        assert self.upstream is not None and self.plan is not None
        name = operation.name
        reached_by = route_call(self.plan.surface, operation, {})[0]
        if reached_by not in listed:
            raise Fail(f"{name} is in the package's IR but {reached_by}, which reaches it, is not in tools/list")
        tool = tool_wire(operation)
        drawn = examples(tool.get("inputSchema") or {}, self.examples_per_tool)
        if not drawn:
            raise Skip("no valid arguments could be generated from the input schema")
        if operation.binding.pagination is not None:  # a continuation comes from an earlier answer, not a draw
            cursor = operation.binding.pagination.cursor_arg
            drawn = [{k: v for k, v in args.items() if k != cursor} for args in drawn]
        if operation.binding.kind == "sdk":
            self._sdk_call(operation, tool, drawn)
            return
        self.upstream.mode = "ok"
        for args in drawn:
            self.upstream.take()
            result = _result(self.call_operation(operation, args), "tools/call")
            records = self.upstream.take()
            text = " ".join(c.get("text", "") for c in result.get("content") or [] if isinstance(c, dict))
            if len(records) != 1:
                raise Fail(f"arguments {args} sent {len(records)} upstream requests, expected 1: {text[:200]}")
            record = records[0]
            if record.problems:
                raise Fail(f"arguments {args}: the upstream request is invalid: {'; '.join(record.problems)[:500]}")
            if name not in record.tools:
                raise Fail(f"arguments {args} sent {record.method} {record.path}, which is operation {record.tool}")
            if result.get("isError"):
                raise Fail(f"arguments {args} gave an error result: {text[:300]}")
            schema = tool.get("outputSchema")
            if schema is not None:
                if "structuredContent" not in result:
                    raise Fail("the tool declares an outputSchema but returned no structuredContent")
                error = first_error(schema, result["structuredContent"])
                if error is not None:
                    raise Fail(f"structuredContent breaks outputSchema at {error[0]}: {error[1]}")

    def _sdk_call(self, operation: Tool, tool: dict[str, Any], drawn: list[dict[str, Any]]) -> None:
        """Arbitrary valid arguments against the SDK's emulator: the service's answer, or its error as an
        error result with the service's code; never a protocol error, a crash or an answer that breaks
        the output schema."""
        if self.sdk_emulator:
            raise Skip(self.sdk_emulator)
        for args in drawn:
            if getattr(operation.binding, "paging", None):
                args.pop("NextToken", None)  # a continuation token comes from a previous answer, not from chance
            if getattr(operation.binding, "waiter", None):
                args["MaxWaitSeconds"] = 1  # one poll: the made-up resource will not reach the state
            result = _result(self.call_operation(operation, args), "tools/call")
            text = " ".join(c.get("text", "") for c in result.get("content") or [] if isinstance(c, dict))
            if result.get("isError"):
                if "ResponseParserError" in text or "NotImplemented" in text:
                    raise Skip(f"the emulator does not implement {operation.binding.path}: {text[:160]}")
                if not text.startswith(("AWS error", "AWS waiter")):
                    raise Fail(f"arguments {args} gave an error that is not the service's: {text[:300]}")
                continue
            schema = tool.get("outputSchema")
            if schema is not None:
                error = first_error(schema, result.get("structuredContent"))
                if error is not None:
                    raise Fail(f"structuredContent breaks outputSchema at {error[0]}: {error[1]}")

    def _path_values(self) -> None:
        assert self.plan is not None and self.upstream is not None
        self.upstream.mode = "ok"
        self.upstream.take()
        tried = 0
        for tool in http_tools(self.plan):
            props = tool.input_schema.get("properties") or {}
            path_args = [a.arg for a in tool.binding.args if a.location == "path" and _textual(props.get(a.arg))]
            drawn = examples(tool.input_schema, 1) if path_args else []
            if not drawn:
                continue
            for value in DOT_VALUES:
                args = {**drawn[0], path_args[0]: value}
                reply = self.call_operation(tool, args, timeout=self.timeout)
                if reply.error is not None:
                    raise Fail(f"{tool.name} {args}: a JSON-RPC error instead of a result: {reply.error}")
                tried += 1
                for record in self.upstream.take():
                    segments = record.path.split("/")[1:]
                    if tool.name not in record.tools or any(_dot_segment(s) for s in segments):
                        raise Fail(
                            f"{tool.name} with {path_args[0]}={value!r} sent {record.method} {record.path}, "
                            f"outside {tool.binding.method} {tool.binding.path}"
                        )
        if not tried:
            raise Skip("no tool has a text path argument and generatable arguments")
        self._alive()

    def _upstream_failure(self, probe: tuple[str, dict[str, Any]] | None, mode: str, hint: str) -> None:
        assert self.upstream is not None
        if probe is None:
            raise Skip("no tool with generatable arguments and a JSON answer")
        name, args = probe
        self.upstream.mode = mode
        try:
            started = time.monotonic()
            result = _result(self.call(name, args, timeout=self.timeout), "tools/call")
        finally:
            self.upstream.mode = "ok"
        text = " ".join(c.get("text", "") for c in result.get("content") or [] if isinstance(c, dict))
        if not result.get("isError"):
            raise Fail(f"{name}: upstream {mode} gave a success result: {text[:200]}")
        if hint not in text.lower() and hint not in text:
            raise Fail(f"{name}: the error result does not say what happened ({hint!r}): {text[:200]}")
        if mode == "hang" and time.monotonic() - started > self.timeout:
            raise Fail("the timeout error took longer than the harness allows")
        self._alive()

    def _concurrent(self, probe: tuple[str, dict[str, Any]] | None) -> None:
        if probe is None:
            raise Skip("no tool with generatable arguments and a JSON answer")
        session = self.session
        if not isinstance(session, StdioSession):
            raise Skip("checked over stdio, where requests can be pipelined on one stream")
        name, args = probe
        ids = []
        for i in range(5):
            ident = f"concurrent-{i}"
            session.send(
                {"jsonrpc": "2.0", "id": ident, "method": "tools/call", "params": {"name": name, "arguments": args}}
            )
            ids.append(ident)
        for ident in reversed(ids):
            reply = session.wait(ident, timeout=self.timeout)
            if reply.error is not None or (reply.result or {}).get("isError"):
                raise Fail(f"call {ident} failed: {reply.error or reply.result}")

    def cancellation(self) -> None:
        self.run("transport.cancellation", self._cancellation)

    def _cancellation(self) -> None:
        assert self.upstream is not None
        probe = self._probe_tool()
        session = self.session
        if probe is None or not isinstance(session, StdioSession):
            raise Skip("needs a tool with generatable arguments, over stdio")
        name, args = probe
        self.upstream.take()
        self.upstream.mode = "hang"
        try:
            session.send(
                {
                    "jsonrpc": "2.0",
                    "id": "to-cancel",
                    "method": "tools/call",
                    "params": {"name": name, "arguments": args},
                }
            )
            deadline = time.monotonic() + 10
            while not self.upstream.records and time.monotonic() < deadline:
                time.sleep(0.05)
            if not self.upstream.records:
                raise Fail("the call never reached the upstream")
            session.notify("notifications/cancelled", {"requestId": "to-cancel", "reason": "conformance check"})
            cancelled_at = time.monotonic()
            record = self.upstream.records[0]
            while time.monotonic() < cancelled_at + CANCEL_WINDOW and not record.cancelled:
                time.sleep(0.05)
            if not record.cancelled or record.closed_at - cancelled_at > CANCEL_WINDOW:
                raise Fail(f"the upstream request stayed open {CANCEL_WINDOW:.0f} s after the call was cancelled")
        finally:
            self.upstream.mode = "ok"
        self._alive()

    # -- transport hygiene ----------------------------------------------------------------------
    def stdout_hygiene(self) -> None:
        def body() -> None:
            session = self.session
            assert isinstance(session, StdioSession)
            session.drain(0.3)
            if session.junk:
                raise Fail(f"stdout carried {len(session.junk)} non-JSON-RPC line(s), first: {session.junk[0]!r}")

        self.run("transport.stdio.clean-stdout", body)
