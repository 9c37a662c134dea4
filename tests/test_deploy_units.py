"""The serving modules of a generated package (golden bookshop), in process: rate strings, buckets, static
tokens, log redaction, and two generated packages' metrics side by side."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
for case in ("bookshop-3.0", "bookshop-openai", "bookshop-grouped"):
    sys.path.insert(0, str(ROOT / "golden" / case / "package" / "src"))

from bookshop_mcp import inbound, ratelimit, serving  # noqa: E402


@pytest.mark.parametrize(
    ("text", "count", "seconds"),
    [("120/minute", 120, 60), ("10/s", 10, 1), ("5/30s", 5, 30), ("1000/hour", 1000, 3600), (" 3 / 2 min ", 3, 120)],
)
def test_rates_are_read_as_count_per_period(text: str, count: int, seconds: float) -> None:
    assert ratelimit.parse_rate(text) == ratelimit.Rate(count, seconds)


@pytest.mark.parametrize("text", ["lots", "0/minute", "5 per minute", "-1/s", "5/fortnight"])
def test_a_rate_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a rate"):
        ratelimit.parse_rate(text)


def test_no_limit_spellings_and_tool_lists() -> None:
    assert ratelimit.parse_rate("off") is None and ratelimit.parse_rate("") is None
    rates = ratelimit.parse_tool_rates("*=60/minute, createBook=5/minute,getBook=off")
    assert rates == {"*": ratelimit.Rate(60, 60), "createBook": ratelimit.Rate(5, 60), "getBook": None}
    limiter = ratelimit.Limiter(None, rates)
    assert all(limiter.tool("a", "getBook") == 0 for _ in range(100))  # named with no limit
    assert [limiter.tool("a", "createBook") == 0 for _ in range(6)] == [True] * 5 + [False]
    assert limiter.tool("b", "createBook") == 0  # another caller
    with pytest.raises(ValueError, match="TOOL=RATE"):
        ratelimit.parse_tool_rates("createBook")


def test_a_bucket_refills_evenly_and_says_how_long_to_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(ratelimit.time, "monotonic", lambda: now[0])
    bucket = ratelimit.Buckets(ratelimit.Rate(2, 10))
    assert bucket.take("c") == 0 and bucket.take("c") == 0
    assert bucket.take("c") == pytest.approx(5.0)
    now[0] += 5
    assert bucket.take("c") == 0
    assert ratelimit.retry_after(0.2) == "1" and ratelimit.retry_after(4.01) == "5"


def test_static_tokens_are_read_with_or_without_names() -> None:
    assert inbound.static_tokens("alice:t1, t2\nbob:t:3") == (("alice", "t1"), ("token-2", "t2"), ("bob", "t:3"))


def test_log_lines_lose_every_known_secret_and_anything_shaped_like_a_token() -> None:
    keeper = serving.Serving(secrets=["s3cr3t-value", "k-123"])
    line = keeper.redact(
        'GET https://x/?api_key=k-123 Authorization: Bearer abc.def-ghi token eyJhbGci.eyJzdWIi.c2ln "s3cr3t-value"'
    )
    for secret in ("k-123", "abc.def-ghi", "eyJhbGci.eyJzdWIi.c2ln", "s3cr3t-value"):
        assert secret not in line
    assert line.count("[redacted]") == 4


def test_an_operation_reached_through_a_grouped_tool_is_checked_for_its_scopes_too() -> None:
    from books_grouped_mcp import serving as grouped

    keeper = grouped.Serving(tool_scopes={"searchBooks": [["books:read"]], "updateBook": [["a", "b"], ["c"]]})
    token = grouped.caller_scopes.set(["books:write", "a"])
    try:
        refused = keeper.admit("searchBooks")
        assert refused.is_error and "books:read" in refused.content[0].text
        assert keeper.admit("updateBook").is_error  # neither alternative whole
        grouped.caller_scopes.set(["a", "b"])
        assert keeper.admit("updateBook") is None
        assert keeper.admit("listBooks") is None  # no scope needed
    finally:
        grouped.caller_scopes.reset(token)
    assert keeper.admit("searchBooks") is None  # over stdio (no HTTP caller) scopes are not asked


def test_two_generated_packages_in_one_process_keep_their_own_metrics() -> None:
    from books_openai_mcp import serving as other

    first = serving.Serving.load({})
    second = other.Serving.load({})
    assert first.metrics is not None and second.metrics is not None
    assert first.metrics.registry is not second.metrics.registry
