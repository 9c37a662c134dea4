"""Hostile tool arguments against a generated server, over stdio, with the mock upstream recording.

Issue 12: random arguments must never produce a request outside the operation's path template or the
configured origin, and every call must be answered (never a hang, never a JSON-RPC internal error). The
server is the real generated package, started the way users start it; a `hooks.py` logs every request it
sends (whatever its host), and the mock upstream (which matches requests to templates) answers.
"""

from __future__ import annotations

import json
import re
import sys
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import write_spec
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mcpgen
from mcpgen.conformance.checks import initialize
from mcpgen.conformance.runner import load_plan
from mcpgen.conformance.upstream import MockUpstream, Recorded
from mcpgen.conformance.wire import Reply, StdioSession

WAIT = 20.0
"""Seconds any one answer may take before the test fails (instead of hanging)."""
BASE_PATH = "/base/v1"


def _param(name: str, schema: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": schema or {"type": "string"}, **extra}


def _get(operation_id: str, *params: dict[str, Any]) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "parameters": list(params),
                    "responses": {"200": {"description": "ok"}}}}  # fmt: skip


def _post(operation_id: str, properties: dict[str, Any]) -> dict[str, Any]:
    body = {"type": "object", "properties": properties}
    return {"post": {"operationId": operation_id, "responses": {"200": {"description": "ok"}},
                     "requestBody": {"required": True, "content": {"application/json": {"schema": body}}}}}  # fmt: skip


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Hostile API", "version": "1.0.0"},
    "servers": [{"url": f"https://api.example.com{BASE_PATH}"}],
    "paths": {
        "/things/{a}/{b}": {"delete": {"operationId": "deleteThing", "parameters": [_param("a"), _param("b")],
                                       "responses": {"204": {"description": "gone"}}}},
        "/files/{path}": _get("getFile", _param("path", allowReserved=True)),
        "/meta/{path}/info": _get("getFileMeta", _param("path", allowReserved=True)),
        "/labels/{lab}": _get("getLabel", _param("lab", style="label")),
        "/labels/{labs}/all": _get(
            "getLabels", _param("labs", {"type": "array", "items": {"type": "string"}}, style="label", explode=True)
        ),
        "/matrix/{m}": _get("getMatrix", _param("m", style="matrix")),
        "/pair/{x}{y}": _get("getPair", _param("x"), _param("y")),
        "/versions/{ver}.json": _get("getVersion", _param("ver")),
        "/numbers/{n}": _get("getNumber", _param("n", {"type": "integer"})),
        "/redos": _post("redos", {"name": {"type": "string", "pattern": "^(a+)+$"}}),
        "/lookahead": _post("lookahead", {"code": {"type": "string", "pattern": "^(?=.*[0-9])[a-z0-9]+$"}}),
        "/deep": _post("deep", {"data": {}}),
        "/cycle": _post("cycle", {"x": {"type": "string"}}),
        "/broken": _post("broken", {"x": {"type": "string"}}),
    },
}  # fmt: skip

HOOKS = '''"""Test hooks: log every request the server sends, whatever its origin."""

import json
import os

import httpx


async def on_request(request: httpx.Request) -> None:
    url = request.url
    line = [request.method, url.scheme, url.host, url.port, url.raw_path.decode("ascii")]
    with open(os.environ["HOSTILE_REQUEST_LOG"], "a", encoding="utf-8") as log:
        log.write(json.dumps(line) + "\\n")


async def on_response(response: httpx.Response) -> None:
    return None
'''

CYCLE = {"type": "object", "properties": {"x": {"$ref": "#/$defs/A"}},
         "$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}}  # fmt: skip
BROKEN = {"type": "object", "properties": {"x": {"$ref": "#/$defs/missing"}}}


@dataclass
class Hostile:
    session: StdioSession
    upstream: MockUpstream
    log: Path
    templates: dict[str, tuple[str, str, frozenset[str]]]
    """Tool name: (method, path template, allowReserved parameters)."""
    properties: dict[str, dict[str, Any]]
    read: int = 0

    def call(self, tool: str, arguments: dict[str, Any]) -> Reply:
        return self.session.request("tools/call", {"name": tool, "arguments": arguments}, timeout=WAIT)

    def sent(self) -> list[list[Any]]:
        """Requests the server sent since the last look, as its hook logged them."""
        with self.log.open(encoding="utf-8") as handle:
            handle.seek(self.read)
            text = handle.read()
            self.read = handle.tell()
        return [json.loads(line) for line in text.splitlines()]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hostile]:
    root = tmp_path_factory.mktemp("hostile")
    result = mcpgen.build(write_spec(root, SPEC), root / "package", name="hostile")
    assert result.ok, result.diagnostics
    package = root / "package"
    source = package / "src" / "hostile_mcp"
    (source / "hooks.py").write_text(HOOKS, encoding="utf-8")
    tools = json.loads((source / "tools.json").read_text(encoding="utf-8"))
    for tool in tools["tools"]:
        tool["inputSchema"] = {"cycle": CYCLE, "broken": BROKEN}.get(tool["name"], tool["inputSchema"])
    (source / "tools.json").write_text(json.dumps(tools), encoding="utf-8")
    plan = load_plan(package)
    log = root / "requests.jsonl"
    log.write_text("", encoding="utf-8")
    templates = {
        t.name: (t.binding.method, t.binding.path, frozenset(a.wire for a in t.binding.args if a.allow_reserved))
        for t in plan.service.tools
    }
    properties = {t["name"]: t["inputSchema"].get("properties", {}) for t in tools["tools"]}
    with MockUpstream(plan) as upstream:
        env = {
            "PYTHONPATH": str(package / "src"),
            "HOSTILE_BASE_URL": upstream.base_url,
            "HOSTILE_MAX_RETRIES": "0",
            "HOSTILE_TIMEOUT": "5",
            "HOSTILE_REQUEST_LOG": str(log),
        }
        session = StdioSession([sys.executable, "-m", "hostile_mcp"], env, timeout=WAIT).start()
        try:
            initialize(session)
            yield Hostile(session, upstream, log, templates, properties)
        finally:
            session.close()


def _decoded(text: str) -> str:
    for _ in range(5):
        text, before = urllib.parse.unquote(text), text
        if text == before:
            break
    return text


def _dot_or_empty(segment: str) -> bool:
    """A segment that is empty, or that a server decoding it (even twice) could take for `.` or `..`."""
    if not segment:
        return True
    pieces = re.split(r"[/\\]", _decoded(segment))
    return any(p.split(";")[0].split("\x00")[0].strip() in {".", ".."} for p in pieces)


def _template_pattern(template: str, reserved: frozenset[str]) -> re.Pattern[str]:
    parts = re.split(r"\{([^{}]+)\}", template)
    pattern = "".join(
        re.escape(part) if i % 2 == 0 else ("[^/]+(/[^/]+)*" if part in reserved else "[^/]+")
        for i, part in enumerate(parts)
    )
    return re.compile(pattern)


def assert_inside_its_template(hostile: Hostile, tool: str, arguments: dict[str, Any]) -> None:
    method, template, reserved = hostile.templates[tool]
    records: list[Recorded] = hostile.upstream.take()
    sent = hostile.sent()
    origin = urllib.parse.urlsplit(hostile.upstream.origin)
    for verb, scheme, host, port, raw_path in sent:
        where = f"{tool} {arguments!r:.300} sent {verb} {scheme}://{host}:{port}{raw_path}"
        assert (verb, scheme, host, port) == (method, origin.scheme, origin.hostname, origin.port), where
        path = raw_path.split("?")[0]
        assert path.startswith(BASE_PATH + "/"), where
        rest = path[len(BASE_PATH) :]
        assert _template_pattern(template, reserved).fullmatch(rest), where
        assert not any(_dot_or_empty(s) for s in rest.split("/")[1:]), where
    assert len(records) == len(sent), "a request did not reach the mock upstream"
    for record in records:
        assert record.tool == tool, (record.method, record.path, record.problems)


def answered(reply: Reply) -> dict[str, Any]:
    assert reply.error is None, f"a JSON-RPC error instead of a result: {reply.error}"
    assert isinstance(reply.result, dict) and isinstance(reply.result.get("content"), list), reply.result
    return reply.result


def text(result: dict[str, Any]) -> str:
    return " ".join(c.get("text", "") for c in result["content"])


def nest(levels: int, leaf: Any = "x") -> Any:
    value = leaf
    for _ in range(levels):
        value = {"k": value}
    return value


# -- hypothesis: hostile arguments --------------------------------------------------------------------
TRAVERSAL = [".", "..", "../..", "a/../..", "..%2f..", "%2e%2e", "%2E%2e/x", ".%2e", "%252e%252e", "..\\..", "...",
             " .. ", "..;", "..;x=1", "..%00", "\x00", "/", "//evil.example", "//evil.example/x", "@evil",
             "http://evil.example/", "?", "?x=1", "#", "#frag", "\\", "\r\n", ";a=..", "%", "%zz", "", "\u2603",
             "\u202e..", "x" * 3000]  # fmt: skip
texts = st.one_of(
    st.sampled_from(TRAVERSAL),
    st.lists(st.sampled_from(TRAVERSAL[:20]), min_size=1, max_size=4).map("/".join),
    st.text(alphabet=st.sampled_from("./\\%2eE?#;@:a"), max_size=12),
    st.text(max_size=20),
)
scalars = st.one_of(texts, st.integers(), st.just(10**30), st.just(-(10**400)), st.floats(allow_nan=False,
                    allow_infinity=False), st.booleans(), st.none())  # fmt: skip
values = st.one_of(
    st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
                 max_leaves=6),
    st.integers(min_value=60, max_value=300).map(nest),
)  # fmt: skip


def _arguments(properties: dict[str, Any]) -> Any:
    """Mostly arguments of the declared types (so that they pass validation and reach the path
    template), sometimes anything at all."""
    by_type = {"string": texts, "array": st.lists(texts, max_size=4),
               "integer": st.one_of(st.integers(), st.just(10**30), st.just(-(10**400)))}  # fmt: skip
    typed = st.fixed_dictionaries({k: by_type.get(schema.get("type"), values) for k, schema in properties.items()})
    anything = st.fixed_dictionaries({}, optional=dict.fromkeys(properties, values))
    return st.one_of(typed, typed, typed, anything)


@settings(max_examples=200, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(data=st.data())
def test_random_hostile_arguments_never_leave_the_origin_or_the_operations_path_template(
    hostile: Hostile, data: st.DataObject
) -> None:
    tool = data.draw(st.sampled_from(sorted(hostile.templates)), label="tool")
    arguments = data.draw(_arguments(hostile.properties[tool]), label="arguments")
    answered(hostile.call(tool, arguments))
    assert_inside_its_template(hostile, tool, arguments)


# -- one regression test per defect of issue 12 -------------------------------------------------------
@pytest.mark.parametrize(
    ("tool", "arguments", "parameter"),
    [
        ("deleteThing", {"a": "..", "b": ".."}, "a"),
        ("deleteThing", {"a": "x", "b": "%2e%2e"}, "b"),
        ("getFile", {"path": "docs/../../admin"}, "path"),
        ("getFileMeta", {"path": "a/%2e%2e/b"}, "path"),
        ("getFile", {"path": "a//b"}, "path"),
        ("getLabel", {"lab": "."}, "lab"),
        ("getLabels", {"labs": ["", ""]}, "labs"),
        ("getPair", {"x": ".", "y": "."}, "x"),
    ],
)
def test_a_dot_segment_path_value_is_refused_naming_the_parameter_and_nothing_is_sent(
    hostile: Hostile, tool: str, arguments: dict[str, Any], parameter: str
) -> None:
    result = answered(hostile.call(tool, arguments))
    assert result.get("isError")
    assert "refused: path parameter" in text(result) and repr(parameter) in text(result)
    assert hostile.sent() == [] and hostile.upstream.take() == []


def test_reserved_characters_in_a_plain_path_value_are_sent_percent_encoded_in_one_segment(hostile: Hostile) -> None:
    result = answered(hostile.call("deleteThing", {"a": "a/b?c#d\\e", "b": "\u00e9 \r\n"}))
    assert not result.get("isError"), text(result)
    port = urllib.parse.urlsplit(hostile.upstream.origin).port
    path = f"{BASE_PATH}/things/a%2Fb%3Fc%23d%5Ce/%C3%A9%20%0D%0A"
    assert hostile.sent() == [["DELETE", "http", "127.0.0.1", port, path]]
    assert [r.tool for r in hostile.upstream.take()] == ["deleteThing"]


def test_a_catastrophic_backtracking_pattern_is_answered_and_the_server_still_answers_ping(hostile: Hostile) -> None:
    for value in ("a" * 41 + "!", "a" * 100_000 + "!"):
        result = answered(hostile.call("redos", {"name": value}))
        assert result.get("isError") and "Invalid arguments for redos: name:" in text(result)
    assert hostile.session.request("ping", {}, timeout=WAIT).result == {}
    assert not answered(hostile.call("redos", {"name": "aaaa"})).get("isError")


def test_a_pattern_outside_the_linear_time_engine_is_skipped_with_a_warning(hostile: Hostile) -> None:
    result = answered(hostile.call("lookahead", {"code": "nodigits"}))
    assert not result.get("isError"), text(result)
    assert "is not checked (not a linear-time regex)" in hostile.session.stderr
    hostile.upstream.take()
    hostile.sent()


@pytest.mark.parametrize("levels", [70, 196, 300, 800])
def test_arguments_nested_past_the_depth_limit_get_an_error_result_naming_the_limit(
    hostile: Hostile, levels: int
) -> None:
    result = answered(hostile.call("deep", {"data": nest(levels)}))
    assert result.get("isError")
    assert "Invalid arguments for deep: data: objects and arrays nested deeper than 64 levels" in text(result)
    assert "HOSTILE_MAX_DEPTH" in text(result)
    assert hostile.session.request("ping", {}, timeout=WAIT).result == {}


def test_a_ref_only_cycle_is_answered_with_a_result_and_an_uncompilable_schema_with_an_error_result(
    hostile: Hostile,
) -> None:
    answered(hostile.call("cycle", {"x": 1}))
    hostile.upstream.take()
    hostile.sent()
    for _ in range(2):  # the failure to compile is remembered, and said again
        result = answered(hostile.call("broken", {"x": "y"}))
        assert result.get("isError") and "the inputSchema of broken cannot be compiled" in text(result)
    assert hostile.sent() == []
