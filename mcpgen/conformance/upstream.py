"""A mock of the upstream API, built from the same description as the server under test.

It matches every request the server sends to the operation it stands for, checks it (against the IR
always, and with openapi-core against the OpenAPI 3.x document when one is given), records it, and
answers with data valid for the operation's response schema, or with a chosen failure.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
import urllib.parse
import warnings
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jsonschema

from ..ir import BuildPlan, HttpBinding, Tool
from .arguments import examples
from .openapi_doc import media_types, prepared
from .openapi_paths import PathRouter, parameters_validator
from .quiet_server import QuietServer
from .routes import (
    RouteIndex,
    decoded_path,
    empty_form,
    fragment_keys,
    negotiated,
    path_regex,
    query_args,
    route_order,
    selectors,
    spread_objects,
)
from .validate import first_error

_FORMATS = jsonschema.FormatChecker()
TOKEN_PATH = "/__mcpgen/token"
DOWNLOAD_PATH = "/__mcpgen/download"
"""A plain file the tests redirect downloads to."""
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    tool: str | None
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False
    closed_at: float = 0.0
    """`time.monotonic()` when the client closed a held request."""
    twins: list[str] = field(default_factory=list)
    """Other operations the request fits as well as `tool` (`MockUpstream._fits`): templates that differ only in
    the names of their placeholders (Google's `DELETE /v1beta1/{beaconName}` and `/v1beta1/{attachmentName}`), or
    one whose placeholder may hold `/` (Azure's `/{scope}/providers/...`)."""

    @property
    def tools(self) -> list[str]:
        """The operations the request may be for."""
        return [self.tool, *self.twins] if self.tool else []


def _text(value: object) -> str:
    """`str(value)`, or its type's name when its `__str__` fails (some openapi-core errors do)."""
    try:
        return str(value)
    except Exception:
        return type(value).__name__


def http_tools(plan: BuildPlan) -> list[Tool]:
    """The operations that send HTTP requests (SDK-bound ones go through the SDK's emulator)."""
    return [t for t in plan.service.tools if isinstance(t.binding, HttpBinding)]


class MockUpstream:
    """Serves on 127.0.0.1 (an ephemeral port) until `stop()`; `mode` picks the next answers."""

    def __init__(self, plan: BuildPlan, spec: Path | None = None, hang_seconds: float = 30.0) -> None:
        self.plan = plan
        self.base_path = urllib.parse.urlsplit(plan.base_url).path.rstrip("/")
        self.records: list[Recorded] = []
        self.mode = "ok"
        self.hang_seconds = hang_seconds
        self._routes = [
            (tool, path_regex(tool.binding.path, {a.wire for a in tool.binding.args if a.allow_reserved}))
            for tool in sorted(http_tools(plan), key=route_order)
        ]
        self._index = RouteIndex([(tool.binding.method, tool.binding.path) for tool, _ in self._routes])
        self._shared_routes = Counter((t.binding.method, t.binding.path.partition("#")[0]) for t in http_tools(plan))
        self._spec = spec
        self._router: PathRouter | None = None
        self.openapi_note = ""
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        # session login (`session` auth): live tokens, and the counts the tests read
        self._sessions = [s for s in plan.service.auth_schemes if s.kind == "session" and s.session]
        self.live_sessions: set[str] = set()
        self.logins = 0
        self.logouts = 0
        self.queue: list[tuple[int, dict[str, str], bytes]] = []
        """Answers given, in order, before any other (429 with Retry-After, a 302...)."""
        # tasks of `task`-style long-running operations: polled states answer "done" unless queued otherwise
        self._task_routes = [
            (path_regex(str(lr.task_path).replace("{id}", "{task}"), set()), lr)
            for t in plan.service.tools
            if (lr := t.binding.long_running) is not None and lr.style == "task" and lr.task_path
        ]
        self.pages = 1
        """Pages the answers of paged operations (`binding.pagination`) are spread over."""
        self.page_size = 2

    # -- lifecycle ------------------------------------------------------------------------------
    @property
    def origin(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.origin + self.base_path

    def start(self) -> MockUpstream:
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body go out in two writes: with Nagle's algorithm on, the second waits for the
            # client's delayed ACK (about 40 ms a request on Linux), most of the time of a whole run
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:
                return

            def _any(self) -> None:
                upstream._handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _any

        self._server = QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        self._router = self._load_openapi()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> MockUpstream:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def take(self) -> list[Recorded]:
        with self._lock:
            records, self.records = self.records, []
        return records

    # -- validation against the description -----------------------------------------------------
    def _load_openapi(self) -> PathRouter | None:
        """openapi-core's reading of the description, per request narrowed to the paths it could match; None (and
        `openapi_note` says why) when requests are checked against the IR alone."""
        if self._spec is None:
            self.openapi_note = "no description given: requests are checked against the IR only"
            return None
        source_format = self.plan.service.source.format
        if not source_format.startswith(("openapi-3", "docs-")):
            self.openapi_note = "openapi-core reads OpenAPI 3.x only: requests are checked against the IR"
            return None
        from openapi_core import Config, OpenAPI

        from ..diagnostics import Diagnostics
        from ..ingest.docs import extract_openapi
        from ..ingest.loader import parse_document, read_text

        if source_format.startswith("docs-"):  # the OpenAPI 3.1 the documentation was read as
            document = extract_openapi(self._spec, Diagnostics())
        else:
            document = parse_document(read_text(self._spec), self._spec.name)
        try:
            document = prepared(document, self.base_url)
            # openapi-core reads `application/json` only as JSON; a vendor's `+json` type arrives as bytes without this
            readers = {m: json.loads for m in media_types(document) if m.split(";")[0].strip().endswith("+json")}
            uri = self._spec.resolve().as_uri()
            # built once whole for openapi-spec-validator's verdict; the narrowed ones skip it
            OpenAPI.from_dict(document, base_uri=uri, config=Config(extra_media_type_deserializers=readers))
            config = Config(extra_media_type_deserializers=readers, spec_validator_cls=None)
            return PathRouter(document, lambda d: OpenAPI.from_dict(d, base_uri=uri, config=config))
        except Exception as exc:  # openapi-spec-validator refuses the document (a pattern not ECMA-262, ...)
            reason = " ".join(str(exc).split())[:160]
            self.openapi_note = f"openapi-core cannot read the description ({reason}): requests are checked by the IR"
            return None

    def _openapi_problems(self, record: Recorded, content_type: str) -> list[str]:
        if self._router is None:
            return []
        from openapi_core.testing import MockRequest

        cookies = dict(
            part.strip().split("=", 1) for part in record.headers.get("cookie", "").split(";") if "=" in part
        )
        request = MockRequest(
            self.origin,
            record.method,
            decoded_path(record.path),
            args=query_args(record.query),
            headers={k: v for k, v in record.headers.items() if not negotiated(k, v)},
            cookies={k: urllib.parse.unquote(v) for k, v in cookies.items()},
            data=record.body,
            content_type=content_type or "application/octet-stream",
        )
        media = content_type.split(";", maxsplit=1)[0].strip().lower()
        openapi = self._router.for_url(urllib.parse.urljoin(self.origin, request.path))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "Unsupported scheme type": security is not what we check here
                if media in ("multipart/form-data", "application/x-www-form-urlencoded") or media.endswith(
                    ("xml", "yaml")
                ):
                    # openapi-core does not cast text form fields ("true", "3") to their schema types, nor read
                    # XML or YAML, so such bodies are checked against the IR, and only the parameters here.
                    parameters_validator(openapi.spec, self.plan.service.source.format).validate(request)
                else:
                    openapi.validate_request(request)
        except (IndexError, KeyError, TypeError):  # a crash inside openapi-core, no finding about the request (its
            return []  # path parser on NASA's `{id}{.format}` placeholder): the IR checks the request
        except Exception as exc:  # openapi-core raises a family of errors; each one is a finding
            causes = [_text(exc)]
            inner = exc.__cause__ or exc.__context__
            for _ in range(4):
                if inner is None:
                    break
                causes.append(_text(inner))
                details = getattr(inner, "schema_errors", None) or getattr(inner, "errors", None)
                if details:
                    causes.extend(_text(getattr(d, "message", d)) for d in list(details)[:3])
                inner = inner.__cause__ or inner.__context__
            return ["openapi-core: " + " / ".join(dict.fromkeys(c for c in causes if c))[:600]]
        return []

    def _ir_problems(self, tool: Tool, match: re.Match[str], record: Recorded, content_type: str) -> list[str]:
        problems = []
        query = {k for k, _ in record.query}
        cookies = record.headers.get("cookie", "")
        spread = spread_objects(tool)
        # an object in form style, exploded (the default), arrives as its own keys: `key0=x`, not `name=...`
        loose = query - {a.wire for a in tool.binding.args} - {k for k, _ in tool.binding.fixed_query}
        for arg in tool.binding.args:
            if not arg.required:
                continue
            present = {
                "path": True,
                # a deepObject parameter arrives as `name[key]=...`
                "query": arg.wire in query
                or any(k.startswith(f"{arg.wire}[") for k in query)
                or (arg.wire in spread and bool(loose)),
                "header": arg.wire.lower() in record.headers,
                "cookie": f"{arg.wire}=" in cookies,
            }.get(arg.location, True)
            if not present:
                problems.append(f"required {arg.location} parameter {arg.wire!r} is missing")
        for key, value in tool.binding.fixed_query:
            if (key, value) not in record.query:
                problems.append(f"fixed query parameter {key}={value} is missing")
        problems.extend(self._path_value_problems(tool, match))
        encoding = tool.binding.body_encoding
        if encoding == "json" and record.body:
            problems.extend(self._json_body_problems(tool, record.body))
        elif tool.binding.body_required and not record.body and not empty_form(tool, content_type):
            problems.append("the request body is required but empty")
        if tool.binding.body_media_type and record.body:
            expected = tool.binding.body_media_type.split(";")[0].strip().lower()
            if content_type.split(";", maxsplit=1)[0].strip().lower() != expected:
                problems.append(f"Content-Type is {content_type!r}, expected {expected!r}")
        return problems

    def _path_value_problems(self, tool: Tool, match: re.Match[str]) -> list[str]:
        """Each string path value, percent-decoded, against its schema (openapi-core sees `%2F` undecoded)."""
        problems = []
        for name, schema, value in _path_values(tool, match):
            if schema.get("type") == "string" and (error := first_error(schema, value)) is not None:
                problems.append(f"path parameter {name!r}: {error[1]}")
        return problems

    def _formats_fit(self, tool: Tool, match: re.Match[str]) -> bool:
        """Whether the path values have the formats their schemas name (`uuid`, `date`): which of two templates
        a request is for, when it fits both."""
        return all(
            not isinstance(fmt := schema.get("format"), str) or _FORMATS.conforms(value, fmt)
            for _, schema, value in _path_values(tool, match)
        )

    def _json_body_problems(self, tool: Tool, body: bytes) -> list[str]:
        try:
            data = json.loads(body)
        except ValueError as exc:
            return [f"the JSON body does not parse: {exc}"]
        fields = [a for a in tool.binding.args if a.location == "body_field"]
        props = tool.input_schema.get("properties", {})
        if fields:
            schema: dict[str, Any] = {
                "type": "object",
                "properties": {a.wire: props.get(a.arg, {}) for a in fields},
                "required": [a.wire for a in fields if a.required],
            }
        else:
            whole = next((a for a in tool.binding.args if a.location == "body"), None)
            schema = props.get(whole.arg, {}) if whole else {}
        if "$defs" in tool.input_schema:
            schema = {**schema, "$defs": tool.input_schema["$defs"]}
        error = first_error(schema, data)
        if error is None:
            return []
        where, message = error
        return [f"body {where}: {message}"]

    # -- serving ---------------------------------------------------------------------------------
    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urllib.parse.urlsplit(handler.path)
        headers = {k.lower(): v for k, v in handler.headers.items()}
        if parts.path == TOKEN_PATH:
            self._send(handler, 200, "application/json", b'{"access_token":"mock-token","expires_in":3600}')
            return
        if parts.path == DOWNLOAD_PATH:
            self._send(handler, 200, "application/octet-stream", b"mock download\n")
            return
        if self._session_endpoint(handler, parts.path, headers):
            return
        record = Recorded(
            handler.command,
            parts.path,
            urllib.parse.parse_qsl(parts.query, keep_blank_values=True),
            headers,
            body,
            None,
        )
        fits, found = self._fits(handler.command, parts.path, record.query, headers)
        content_type = headers.get("content-type", "")
        # of the operations a request fits on the wire, the first whose arguments it satisfies is answered
        # (`/sites/{id}/zones/count` is `/sites/{id}/{type}/count`, not `/sites/{id}/zones/{uuid}`)
        checked = [(t, m, self._ir_problems(t, m, record, content_type)) for t, m in fits or found[:1]]
        ranked = sorted(checked, key=lambda c: (bool(c[2]), not self._formats_fit(c[0], c[1])))
        tool, match, problems = ranked[0] if ranked else (None, None, [])
        record.twins = [other.name for other, _ in fits if other is not tool]
        if tool is None or match is None:
            record.problems.append(f"no operation matches {handler.command} {parts.path}")
        else:
            record.tool = tool.name
            record.problems.extend(problems)
            # openapi-core routes by method and path alone: operations that share them (told apart by a fixed
            # query or the keys of a `#fragment`), or that one request fits on the wire (`/sites/{id}/zones/{zone}`
            # and `/sites/{id}/{type}/count`), are checked against the IR only
            route = (tool.binding.method, tool.binding.path.partition("#")[0])
            shared = self._shared_routes[route] > 1 or record.twins
            found = [] if shared else self._openapi_problems(record, content_type)
            if tool.binding.fixed_query or "#" in tool.binding.path:
                found = [p for p in found if not re.search(r"Path not found|Operation \w+ not found", p)]
            if spread_objects(tool):  # openapi-core looks such an object up by its name, which is not sent
                found = [p for p in found if "Missing required query parameter" not in p]
            # openapi-core 0.23 cannot read some deepObject parameters at all ("('deepObject', 'expand') / not
            # available", even when none is sent: Stripe): those are checked against the IR only
            found = [p for p in found if not ("'deepObject'" in p and "not available" in p)]
            if "%2f" in record.path.lower():  # a value holding `/` reaches openapi-core still encoded (it routes by
                # the path, so it cannot be decoded): the IR checks it decoded (`_path_value_problems`)
                found = [p for p in found if "Invalid path parameter" not in p]
            record.problems.extend(found)
        with self._lock:
            self.records.append(record)
        if tool is not None and not self._session_ok(tool, headers):
            self._send(handler, 401, "application/json", b'{"message": "session expired or missing"}')
            return
        self._answer(handler, tool, record)

    # -- session login ----------------------------------------------------------------------------
    def _session_endpoint(self, handler: BaseHTTPRequestHandler, path: str, headers: dict[str, str]) -> bool:
        """Answers the login and logout of `session` schemes; True when the request was one."""
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :]
        for scheme in self._sessions:
            spec = scheme.session
            assert spec is not None
            if handler.command == spec.method and path == spec.path:
                if not headers.get("authorization", "").startswith("Basic "):
                    self._send(handler, 401, "application/json", b'{"message": "credentials required"}')
                    return True
                with self._lock:
                    self.logins += 1
                    token = f"mock-session-{self.logins}"
                    self.live_sessions.add(token)
                self._send(handler, 201, "application/json", json.dumps(token).encode())
                return True
            if spec.logout_path and handler.command == spec.logout_method and path == spec.logout_path:
                with self._lock:
                    self.logouts += 1
                    self.live_sessions.discard(headers.get(str(scheme.param_name).lower(), ""))
                self._send(handler, 204, "", b"")
                return True
        return False

    def _session_ok(self, tool: Tool, headers: dict[str, str]) -> bool:
        """A tool secured only by session schemes needs a live session token."""
        names = {s.name: s for s in self._sessions}
        alternatives = tool.binding.security
        if not alternatives or not all(any(n in names for n in alt) for alt in alternatives):
            return True
        return any(
            all(n not in names or headers.get(str(names[n].param_name).lower()) in self.live_sessions for n in alt)
            for alt in alternatives
        )

    def expire_sessions(self) -> None:
        """Every session ends, as when vCenter's idle timeout passes: the next call gets 401."""
        with self._lock:
            self.live_sessions.clear()

    def _fits(
        self,
        method: str,
        path: str,
        query: list[tuple[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[list[tuple[Tool, re.Match[str]]], list[tuple[Tool, re.Match[str]]]]:
        """Every operation a request fits, most specific first, and every one whose method and path match: it
        fits when it also carries the operation's fixed query parameters (`/vm/{vm}/power?action=start`), the
        keys its `#fragment` names and its selector headers (`X-Amz-Target`). A request may fit several
        (`/{scope}/providers/...` and `/subscriptions/{id}/.../providers/...`: the same request on the wire)."""
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :]
        found: list[tuple[Tool, re.Match[str]]] = []
        for number in self._index.candidates(method, path):
            tool, regex = self._routes[number]
            if match := regex.match(path):
                found.append((tool, match))
        sent, sent_headers = set(query or ()), headers or {}
        keys = {k for k, _ in sent}

        def specific(item: tuple[Tool, re.Match[str]]) -> int:
            tool = item[0]
            named = len(fragment_keys(tool)) + len(fragment_keys(tool, "header"))
            return -(len(tool.binding.fixed_query) + len(selectors(tool)) + named)

        fits = []
        for tool, match in sorted(found, key=specific):
            fixed = set(tool.binding.fixed_query) <= sent and fragment_keys(tool) <= keys
            fixed = fixed and all(h.lower() in sent_headers for h in fragment_keys(tool, "header"))
            if fixed and all(sent_headers.get(k) == v for k, v in selectors(tool).items()):
                fits.append((tool, match))
        return fits, found

    def _answer(self, handler: BaseHTTPRequestHandler, tool: Tool | None, record: Recorded) -> None:
        with self._lock:
            queued = self.queue.pop(0) if self.queue else None
        if queued is not None:
            status, extra, body = queued
            self._send(handler, status, extra.get("Content-Type", "application/json"), body, extra)
            return
        mode = self.mode
        if mode == "hang":
            record.cancelled = _wait_for_disconnect(handler.connection, self.hang_seconds)
            record.closed_at = time.monotonic()
            handler.close_connection = True
            return
        if mode.startswith("status:"):
            code = int(mode.split(":")[1])
            self._send(handler, code, "application/json", b'{"message": "mock upstream failure"}')
            return
        if mode == "malformed":
            self._send(handler, 200, "application/json", b'{"truncated": [1, 2')
            return
        task = self._task_state(record)
        if task is not None:
            self._send(handler, 200, "application/json", json.dumps(task).encode())
            return
        if tool is None:
            self._send(handler, 404, "application/json", b'{"message": "no such operation"}')
            return
        kind = tool.binding.response_kind
        if kind == "empty":
            self._send(handler, 204, "", b"")
        elif kind == "image":
            self._send(handler, 200, "image/png", PNG)
        elif kind == "text":
            self._send(handler, 200, "text/plain; charset=utf-8", b"mock text answer\n")
        elif kind == "binary":
            self._send(handler, 200, tool.binding.response_media_type or "application/octet-stream", b"\x00\x01mock")
        elif tool.binding.pagination is not None and self.pages > 1:
            self._send(handler, 200, "application/json", json.dumps(self._page(tool, record)).encode())
        else:
            self._send(handler, 200, "application/json", json.dumps(_reply(tool)).encode())

    def _task_state(self, record: Recorded) -> dict[str, Any] | None:
        """A finished task's state, for a poll of a `task`-style operation's task path."""
        path = record.path[len(self.base_path) :] if self.base_path else record.path
        if record.method != "GET":
            return None
        for regex, spec in self._task_routes:
            if regex.match(path):
                return {spec.status_field: spec.done_values[0] if spec.done_values else "SUCCEEDED"}
        return None

    def _page(self, tool: Tool, record: Recorded) -> dict[str, Any]:
        """Page `__page` (0 when absent) of a paged operation's answer: items named after their page."""
        paging = tool.binding.pagination
        assert paging is not None
        query = dict(record.query)
        token = query.get(paging.token_param or "__page", "0") if paging.style == "token" else query.get("__page", "0")
        number = int(token) if token.isdigit() else 0
        body = _reply(tool)
        body = dict(body) if isinstance(body, dict) else {}
        body[paging.items] = [{"id": f"p{number}-{i}"} for i in range(self.page_size)]
        body.pop(paging.next, None)
        if number + 1 < self.pages:
            if paging.style == "token":
                body[paging.next] = str(number + 1)
            else:
                rest = [(k, v) for k, v in record.query if k != "__page"] + [("__page", str(number + 1))]
                body[paging.next] = f"{self.origin}{record.path}?{urllib.parse.urlencode(rest)}"
        return body

    @staticmethod
    def _send(
        handler: BaseHTTPRequestHandler,
        status: int,
        content_type: str,
        body: bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        handler.send_response(status)
        for name, value in (headers or {}).items():
            if name.lower() not in ("content-type", "content-length"):
                handler.send_header(name, value)
        if content_type:
            handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(body)


def _reply(tool: Tool) -> Any:
    """A body valid for the operation's response schema (the minimal one, else one hypothesis finds)."""
    if tool.output_schema is None:
        return {}
    found = examples(tool.output_schema, 1, tries=100)  # `oneOf` branches that overlap need a value of one
    data = found[0] if found else {}
    return data.get("result") if tool.output_wrapped else data


def _path_values(tool: Tool, match: re.Match[str]) -> list[tuple[str, dict[str, Any], str]]:
    """(name, schema, percent-decoded value) of each path placeholder the request matched that has a schema."""
    props = tool.input_schema.get("properties") or {}
    names = re.findall(r"\{([^{}]+)\}", tool.binding.path.partition("#")[0])
    by_wire = {a.wire: a for a in tool.binding.args if a.location == "path"}
    found = []
    for index, name in enumerate(names[: len(match.groups())], start=1):
        arg = by_wire.get(name)
        schema = props.get(arg.arg) if arg is not None and isinstance(props, dict) else None
        if isinstance(schema, dict):
            found.append((name, schema, urllib.parse.unquote(match.group(index))))
    return found


def _wait_for_disconnect(connection: socket.socket, limit: float) -> bool:
    """Hold the request open; True when the client gave up (closed the connection) before `limit`."""
    deadline = time.monotonic() + limit
    while (left := deadline - time.monotonic()) > 0:
        readable, _, _ = select.select([connection], [], [], min(left, 0.2))
        if readable:
            try:
                if connection.recv(1, socket.MSG_PEEK) == b"":
                    return True
            except OSError:
                return True
    return False
