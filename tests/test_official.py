"""The official MCP conformance suite (npm @modelcontextprotocol/conformance) against a golden server."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from mcpgen.conformance import Outcome, official
from mcpgen.conformance.official import (
    ALPHA,
    REQUIRED,
    STABLE,
    OfficialSuiteError,
    ensure_suite,
    load_expected_failures,
    run_official,
    suite_baseline,
)
from mcpgen.conformance.wire import http_server

ROOT = Path(__file__).resolve().parents[1]
GOLDEN_PACKAGE = ROOT / "golden" / "bookshop-3.0" / "package"


@pytest.fixture(scope="module")
def golden_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The golden bookshop server over streamable HTTP on a free loopback port; stopped by its pid."""
    log = tmp_path_factory.mktemp("official") / "server.log"
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(GOLDEN_PACKAGE / "src"), os.environ.get("PYTHONPATH")]))}

    def argv(port: int) -> list[str]:
        return [sys.executable, "-m", "bookshop_mcp", "--transport", "http", "--host", "127.0.0.1", "--port", str(port)]

    with http_server(argv, env=env, log=log) as base:
        yield f"{base}/mcp"


def test_every_shipped_expected_failure_names_a_scenario_once_with_a_reason() -> None:
    entries = load_expected_failures()
    assert entries
    assert all(e.scenario and e.reason and e.checks for e in entries)
    assert len({e.scenario for e in entries}) == len(entries)
    assert not {e.scenario for e in entries} & {s for scenarios in REQUIRED.values() for s in scenarios}


def test_the_stable_suite_is_given_whole_scenarios_and_the_alpha_single_checks() -> None:
    entries = [
        official.ExpectedFailure("server-stateless", "fixture tools", ("check-a", "check-b")),
        official.ExpectedFailure("prompts-list", "no prompts"),
    ]
    assert suite_baseline(entries, STABLE) == "server:\n- server-stateless\n- prompts-list\n"
    assert suite_baseline(entries, ALPHA) == (
        "server:\n- server-stateless:check-a\n- server-stateless:check-b\n- prompts-list\n"
    )


def test_the_suite_s_own_baseline_format_is_read_too(tmp_path: Path) -> None:
    native = tmp_path / "baseline.yml"
    native.write_text("server:\n  - tools-call-simple-text\n  - caching:sep-2549-prompts-list-caching-hints\n")
    entries = load_expected_failures(native)
    assert [(e.scenario, e.checks) for e in entries] == [
        ("tools-call-simple-text", ()),
        ("caching", ("sep-2549-prompts-list-caching-hints",)),
    ]


def test_an_expected_failure_without_a_reason_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "baseline.yml"
    bad.write_text("server:\n  - scenario: prompts-list\n")
    with pytest.raises(OfficialSuiteError, match="reason"):
        load_expected_failures(bad)


@pytest.mark.parametrize(
    ("url", "loopback"),
    [("http://127.0.0.1:8000/mcp", True), ("http://localhost/mcp", True), ("http://[::1]:9/mcp", True),
     ("https://mcp.example.com/mcp", False), ("http://10.0.0.1:8000/mcp", False)],
)  # fmt: skip
def test_dns_rebinding_is_required_only_of_a_server_reached_on_a_loopback_host(url: str, loopback: bool) -> None:
    assert official._is_loopback(url) is loopback
    assert set(official.LOOPBACK_ONLY) <= set(REQUIRED[STABLE])


def test_installing_the_suite_without_npm_fails_with_a_message_naming_npm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(official.shutil, "which", lambda name: None)
    with pytest.raises(OfficialSuiteError, match=r"npm is not on PATH"):
        ensure_suite(STABLE, tmp_path)


def test_a_failing_npm_install_is_reported_with_the_packages_and_npm_s_own_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    npm = tmp_path / "npm"
    npm.write_text("#!/bin/sh\necho 'npm error 404 Not Found' >&2\nexit 1\n")
    npm.chmod(0o755)
    monkeypatch.setattr(official.shutil, "which", lambda name: str(npm) if name == "npm" else None)
    with pytest.raises(OfficialSuiteError, match=r"(?s)@modelcontextprotocol/conformance@0\.1\.16 failed.*404"):
        ensure_suite(STABLE, tmp_path / "cache")
    assert not (tmp_path / "cache" / STABLE).exists()


@pytest.mark.slow
def test_a_golden_server_passes_the_official_suite_on_the_stable_and_the_alpha_release(golden_url: str) -> None:
    results = run_official(golden_url, timeout=120)
    failed = {r.id: r.reason for r in results if r.outcome is Outcome.FAIL}
    assert failed == {}
    assert {r.id for r in results} == {
        *(f"official.{s}[{v}]" for v in (STABLE, ALPHA) for s in REQUIRED[v]),
        f"official.expected-failures[{STABLE}]",
        f"official.expected-failures[{ALPHA}]",
        f"official.requirements-2026-07-28[{ALPHA}]",
    }
    assert {r.transport for r in results} == {"http"}


@pytest.mark.slow
def test_an_expected_failure_that_passes_fails_the_run_as_stale(golden_url: str, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.yaml"
    shipped = official.EXPECTED_FAILURES.read_text(encoding="utf-8")
    baseline.write_text(shipped + "  - scenario: ping\n    reason: the server answers ping\n", encoding="utf-8")
    [result] = run_official(golden_url, versions=(STABLE,), expected_failures=baseline, required=False, timeout=120)
    assert result.id == f"official.expected-failures[{STABLE}]"
    assert result.outcome is Outcome.FAIL
    assert "Stale baseline entries" in result.reason
    assert "✓ ping" in result.reason
