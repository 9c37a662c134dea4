"""Rate limits, Prometheus metrics, request ids and secret-free logs of a generated server over HTTP (issue 13):
the golden bookshop server started as users start it, against an API on 127.0.0.1."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from deploy_support import (
    API_KEY,
    CLIENT_SECRET,
    HEADERS,
    UPSTREAM_TOKEN,
    Upstream,
    bookshop,
    bookshop_argv,
    bookshop_env,
    call,
    started,
)
from prometheus_client.parser import text_string_to_metric_families

import mcpgen
from mcpgen.conformance.wire import free_port

pytestmark = pytest.mark.slow

ALICE, BOB = "tok-alice-0a1b2c3d", "tok-bob-4e5f6a7b"
QUERY_KEY = "query-api-key-9e8d7c"
SPEC = Path(__file__).resolve().parents[1] / "specs" / "bookshop-3.0.yaml"
BOOK_ID = "123e4567-e89b-42d3-a456-426614174000"


@pytest.fixture(scope="module")
def upstream() -> Iterator[Upstream]:
    with Upstream() as server:
        yield server


def _samples(base: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = httpx.get(base + "/metrics", timeout=10).text
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _value(samples: dict[Any, float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def _result(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    return response.json()["result"]


def test_rate_limits_per_caller_and_per_tool_and_the_metrics_that_count_them(
    upstream: Upstream, tmp_path: Path
) -> None:
    env = {
        "BOOKSHOP_BASE_URL": f"{upstream.base}/v1",
        "BOOKSHOP_AUTH_MODE": "static",
        "BOOKSHOP_AUTH_TOKENS": f"alice:{ALICE} bob:{BOB}",
        "BOOKSHOP_RATE_LIMIT": "8/minute",
        "BOOKSHOP_TOOL_RATE_LIMITS": "*=100/minute,listBooks=3/minute",
        "BOOKSHOP_MAX_RETRIES": "1",
    }
    before = upstream.api_requests()
    with bookshop(env, tmp_path / "server.log") as base, httpx.Client(timeout=10) as client:
        results = [_result(call(client, base, "listBooks", {}, ALICE)) for _ in range(4)]
        assert [r.get("isError") is True for r in results] == [False, False, False, True]
        refused = results[3]
        assert "Rate limit exceeded for listBooks" in refused["content"][0]["text"]
        assert refused["_meta"]["retryAfterSeconds"] >= 1
        assert upstream.api_requests() == before + 3
        # another caller has buckets of its own
        assert _result(call(client, base, "listBooks", {}, BOB)).get("isError") is not True
        # an upstream 503 with Retry-After is retried once, then given as an error result
        busy = _result(call(client, base, "getBook", {"bookId": BOOK_ID}, ALICE))
        assert busy["isError"] is True and "503" in busy["content"][0]["text"]
        # alice has now sent 5 requests; the 9th within the minute gets 429 with Retry-After
        statuses = [call(client, base, "listBooks", {}, ALICE).status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        limited = call(client, base, "listBooks", {}, ALICE)
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1
        assert limited.json()["error"]["message"].startswith("Too many requests")
        assert call(client, base, "listBooks", {}, BOB).status_code == 200
        samples = _samples(base)
    assert _value(samples, "mcp_tool_calls_total", tool="listBooks", outcome="ok") == 5
    assert _value(samples, "mcp_tool_calls_total", tool="listBooks", outcome="rejected") == 4
    assert _value(samples, "mcp_tool_calls_total", tool="getBook", outcome="error") == 1
    assert _value(samples, "mcp_tool_call_duration_seconds_count", tool="listBooks") == 5
    assert _value(samples, "mcp_tool_call_duration_seconds_bucket", tool="listBooks", le="+Inf") == 5
    assert _value(samples, "mcp_rate_limited_total", limit="tool") == 4
    assert _value(samples, "mcp_rate_limited_total", limit="requests") == 2
    assert _value(samples, "mcp_upstream_responses_total", status="200") == 5
    assert _value(samples, "mcp_upstream_responses_total", status="503") == 2
    assert _value(samples, "mcp_upstream_retries_total") == 1
    assert _value(samples, "mcp_active_sessions") == 0


def test_active_sessions_are_counted_while_open(upstream: Upstream, tmp_path: Path) -> None:
    env = {"BOOKSHOP_BASE_URL": f"{upstream.base}/v1"}
    params = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}
    hello = {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params}
    with bookshop(env, tmp_path / "server.log", stateless=False) as base, httpx.Client(timeout=10) as client:
        opened = [client.post(base + "/mcp", json=hello, headers=HEADERS).headers["Mcp-Session-Id"] for _ in range(2)]
        assert _value(_samples(base), "mcp_active_sessions") == 2
        client.delete(base + "/mcp", headers={**HEADERS, "Mcp-Session-Id": opened[0]})
        assert _value(_samples(base), "mcp_active_sessions") == 1


def test_metrics_can_be_switched_off_by_the_environment(upstream: Upstream, tmp_path: Path) -> None:
    env = {"BOOKSHOP_BASE_URL": f"{upstream.base}/v1", "BOOKSHOP_METRICS": "off"}
    with bookshop(env, tmp_path / "server.log") as base:
        assert httpx.get(base + "/metrics", timeout=10).status_code == 404


def test_no_secret_reaches_a_log_line_and_tool_lines_carry_the_request_id(upstream: Upstream, tmp_path: Path) -> None:
    """A full run at debug level: calls that succeed, fail upstream, are refused and rate-limited; then every
    secret configured is looked for in every line of the log."""
    secrets = [API_KEY, CLIENT_SECRET, UPSTREAM_TOKEN, QUERY_KEY, ALICE, BOB, "basic-password-31f"]
    env = {
        "BOOKSHOP_BASE_URL": f"{upstream.base}/v1",
        "BOOKSHOP_AUTH_MODE": "static",
        "BOOKSHOP_AUTH_TOKENS": f"alice:{ALICE},bob:{BOB}",
        "BOOKSHOP_API_KEY_QUERY": QUERY_KEY,
        "BOOKSHOP_USERNAME": "admin",
        "BOOKSHOP_PASSWORD": "basic-password-31f",
        "BOOKSHOP_TOOL_RATE_LIMITS": "listBooks=2/minute",
        "BOOKSHOP_MAX_RETRIES": "1",
    }
    log = tmp_path / "server.log"
    rid = uuid.uuid4().hex
    with bookshop(env, log, "--log-level", "debug") as base, httpx.Client(timeout=10) as client:
        for _ in range(3):
            call(client, base, "listBooks", {}, ALICE, **{"X-Request-Id": rid})
        call(client, base, "getBook", {"bookId": BOOK_ID}, BOB)
        call(client, base, "searchBooks", {"title": "t", "body_title": "t"}, BOB)  # the OAuth token is fetched
        call(client, base, "subscribeNewsletter", {"email": "a@example.com"}, BOB)  # the API key in the query
        call(client, base, "deleteBook", {"bookId": BOOK_ID}, BOB)  # basic auth
        call(client, base, "listBooks", {}, "wrong-" + ALICE)
        call(client, base, "listBooks", {}, ALICE[:-1])
    text = log.read_text()
    lines = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    assert len(lines) > 20, text[:2000]
    assert any("subscriptions" in line["message"] for line in lines), "httpx's request lines are not in the log"
    for secret in secrets:
        assert secret not in text, f"{secret!r} is in the log"
    tagged = [line for line in lines if line.get("request_id") == rid]
    assert any("listBooks" in line["message"] for line in tagged)
    assert all(line.get("request_id") for line in lines if line["message"].startswith("tool "))


def _spans(text: str) -> list[dict[str, Any]]:
    """The spans OpenTelemetry's console exporter printed (indented JSON objects among the JSON log lines)."""
    decoder = json.JSONDecoder()
    spans, position = [], 0
    while (start := text.find("{\n", position)) != -1:
        value, position = decoder.raw_decode(text, start)
        if isinstance(value, dict) and "context" in value:
            spans.append(value)
    return spans


def test_a_traced_call_is_a_span_with_the_upstream_request_as_child_and_context_sent_upstream(
    upstream: Upstream, tmp_path: Path
) -> None:
    config = tmp_path / "mcpgen.yaml"
    config.write_text("deploy: {tracing: true}\n")
    result = mcpgen.build(str(SPEC), out=str(tmp_path / "pkg"), config=str(config))
    assert result.ok
    trace_id, parent_id = uuid.uuid4().hex, uuid.uuid4().hex[:16]
    env = {**bookshop_env({"BOOKSHOP_BASE_URL": f"{upstream.base}/v1"}), "OTEL_TRACES_EXPORTER": "console",
           "PYTHONPATH": str(tmp_path / "pkg" / "src")}  # fmt: skip
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "server.log"
    with started(bookshop_argv(port), env, log, base + "/healthz"), httpx.Client(timeout=10) as client:
        traceparent = f"00-{trace_id}-{parent_id}-01"
        response = call(client, base, "listBooks", {}, traceparent=traceparent)
        assert response.json()["result"].get("isError") is not True
        sent = upstream.requests[-1]["headers"]
        time.sleep(0.5)
    spans = {s["name"]: s for s in _spans(log.read_text())}
    tool = spans["tools/call listBooks"]
    assert tool["context"]["trace_id"] == f"0x{trace_id}"
    assert tool["parent_id"] == f"0x{parent_id}"
    assert tool["attributes"]["gen_ai.tool.name"] == "listBooks"
    (http,) = [s for s in spans.values() if s["kind"] == "SpanKind.CLIENT"]
    assert http["parent_id"] == tool["context"]["span_id"]
    assert http["context"]["trace_id"] == f"0x{trace_id}"
    # the API receives the trace context, with the upstream request's span as parent
    assert sent["traceparent"] == f"00-{trace_id}-{http['context']['span_id'][2:]}-01"
