"""The conformance harness: golden servers pass every check, and every check catches its violation."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import mcpgen
from golden import ADAPTER, CASES
from mcpgen.conformance import REQUIREMENTS, CheckOptions, Outcome, Report
from mcpgen.conformance.manifest import HANDSHAKE_REVISIONS
from mcpgen.conformance.wire import http_server

ROOT = Path(__file__).resolve().parents[1]
BAD_SERVER = Path(__file__).parent / "fixtures" / "bad_server.py"
FAST = CheckOptions(examples_per_tool=1, timeout=10, upstream_timeout=2)


def outcomes(report: Report) -> dict[str, Outcome]:
    return {f"{r.id}@{r.transport}": r.outcome for r in report.results}


def failed(report: Report) -> dict[str, str]:
    return {f"{r.id}@{r.transport}": r.reason for r in report.results if r.outcome is Outcome.FAIL}


def bad_server(*flags: str) -> str:
    return f"{sys.executable} {BAD_SERVER} {' '.join(flags)}"


@pytest.fixture(scope="module")
def bookshop_report() -> Report:
    return mcpgen.test(ROOT / "golden" / "bookshop-3.0" / "package", spec=ROOT / CASES["bookshop-3.0"],
                       options=CheckOptions(examples_per_tool=2, official=True))  # fmt: skip


@pytest.mark.slow
def test_the_golden_bookshop_server_passes_every_check_and_the_official_suite(bookshop_report: Report) -> None:
    assert failed(bookshop_report) == {}
    assert bookshop_report.count(Outcome.SKIP) == 0
    assert {r.transport for r in bookshop_report.results} == {"stdio", "http"}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(set(CASES) - {"bookshop-3.0"}))
def test_every_other_golden_server_passes_every_check_and_the_official_suite(case: str) -> None:
    options = CheckOptions(examples_per_tool=1, timeout=10, upstream_timeout=2, official=True)
    # an adapter's package comes from several vendor descriptions: its IR is what the mock is built from
    spec = None if CASES[case].startswith(ADAPTER) else ROOT / CASES[case]
    report = mcpgen.test(ROOT / "golden" / case / "package", spec=spec, options=options)
    assert failed(report) == {}
    assert any(r.id.startswith("official.") for r in report.results)


@pytest.mark.slow
def test_every_requirement_in_the_manifest_is_exercised_and_nothing_else(bookshop_report: Report) -> None:
    ran = {r.id.split("[")[0] if r.id.startswith("tools.call.valid") else r.id
           for r in bookshop_report.results if not r.id.startswith("official.")}  # fmt: skip
    assert ran == set(REQUIREMENTS)


def test_a_server_that_writes_to_stdout_fails_the_clean_stdout_check() -> None:
    report = mcpgen.test(command=bad_server("--stdout-junk"), options=FAST)
    assert "starting up" in failed(report)["transport.stdio.clean-stdout@stdio"]
    assert outcomes(report)["ping@stdio"] is Outcome.PASS


def test_an_invalid_input_schema_and_a_missing_description_are_caught() -> None:
    report = mcpgen.test(command=bad_server("--bad-schema", "--no-description"), options=FAST)
    problems = failed(report)
    assert "no-such-type" in problems["tools.list.input-schemas@stdio"]
    assert "echo" in problems["tools.list.descriptions@stdio"]


def test_a_ping_with_extra_fields_and_an_unknown_tool_answered_as_a_result_are_caught() -> None:
    report = mcpgen.test(command=bad_server("--ping-extra"), options=FAST)
    assert "ping must answer {}" in failed(report)["ping@stdio"]
    report = mcpgen.test(command=bad_server("--unknown-tool-result"), options=FAST)
    assert "not a JSON-RPC error" in failed(report)["tools.call.unknown-tool@stdio"]


def test_a_server_that_fails_on_the_stateless_revision_fails_that_check() -> None:
    report = mcpgen.test(command=bad_server("--broken-stateless"), options=FAST)
    assert "broken on the stateless revision" in failed(report)["lifecycle.stateless[2026-07-28]@stdio"]
    assert outcomes(report)["tools.list.names@stdio"] is Outcome.PASS


def test_an_http_server_without_host_checks_fails_the_rebinding_checks(tmp_path: Path) -> None:
    def argv(port: int) -> list[str]:
        return [sys.executable, str(BAD_SERVER), "--http", str(port), "--no-host-check"]

    with http_server(argv, ready_path="/mcp", log=tmp_path / "server.log") as base:
        report = mcpgen.test(url=f"{base}/mcp", options=FAST)
    problems = failed(report)
    assert "evil.example" in problems["transport.http.foreign-host@http"]
    assert "evil.example" in problems["transport.http.foreign-origin@http"]
    assert outcomes(report)["tools.list.names@http"] is Outcome.PASS


@pytest.mark.slow
def test_a_server_that_sends_a_wrong_path_or_drops_a_required_header_fails_the_call_checks(tmp_path: Path) -> None:
    package = tmp_path / "bookshop"
    shutil.copytree(ROOT / "golden" / "bookshop-3.0" / "package", package)
    server = package / "src" / "bookshop_mcp" / "server.py"
    code = server.read_text()
    code = code.replace(
        '"/books/{bookId}",\n        path_params={\n            "bookId": args.get("bookId", OMIT),\n'
        "        },\n        security",
        '"/book/{bookId}",\n        path_params={\n'
        '            "bookId": args.get("bookId", OMIT),\n        },\n        security',
        1,
    )
    code = code.replace('            "If-Match": args.get("If-Match", OMIT),\n', "")
    server.write_text(code)
    options = CheckOptions(examples_per_tool=1, timeout=10, upstream_timeout=2, http=False)
    report = mcpgen.test(package, spec=ROOT / CASES["bookshop-3.0"], options=options)
    problems = failed(report)
    assert "no operation matches GET /v1/book/" in problems["tools.call.valid[getBook]@stdio"]
    assert "'If-Match' is missing" in problems["tools.call.valid[deleteBook]@stdio"]
    assert set(problems) == {"tools.call.valid[getBook]@stdio", "tools.call.valid[deleteBook]@stdio"}


def test_reports_render_as_console_json_and_junit(tmp_path: Path) -> None:
    report = mcpgen.test(command=bad_server("--ping-extra"), options=FAST)
    console = report.console().strip().splitlines()
    assert console[-1] == report.summary_line()
    assert console[-1].startswith(f"{report.count(Outcome.PASS)} passed, {report.count(Outcome.FAIL)} failed")
    data = json.loads(report.to_json())
    assert data["failed"] == report.count(Outcome.FAIL) > 0
    suite = ET.fromstring(report.to_junit())
    assert suite.get("failures") == str(report.count(Outcome.FAIL))
    assert len(suite.findall("testcase")) == len(report.results)
    assert any(case.find("failure") is not None for case in suite.findall("testcase"))


def test_the_test_command_exits_1_when_a_check_fails(tmp_path: Path) -> None:
    junit = tmp_path / "report.xml"
    done = subprocess.run([sys.executable, "-m", "mcpgen", "test", "--command", bad_server("--ping-extra"),
                           "--timeout", "10", "--junit", str(junit)], capture_output=True, text=True, timeout=300,
                          check=False)  # fmt: skip
    assert done.returncode == 1
    assert done.stdout.strip().splitlines()[-1].endswith("failed, 1 skipped") or "failed" in done.stdout
    assert junit.exists()


RAW_SERVER = Path(__file__).parent / "fixtures" / "raw_server.py"


def test_the_unbroken_raw_fixture_passes_every_protocol_check() -> None:
    report = mcpgen.test(command=f"{sys.executable} {RAW_SERVER}", options=FAST)
    assert failed(report) == {}
    assert outcomes(report)["tools.list.pagination@stdio"] is Outcome.PASS


PROTOCOL_RULES = [
    *(("wrong-version", f"lifecycle.initialize[{v}]") for v in HANDSHAKE_REVISIONS),
    ("echo-unknown-version", "lifecycle.initialize-unknown-version"),
    ("no-server-version", "lifecycle.server-info"),
    ("no-tools-capability", "lifecycle.capabilities"),
    ("setlevel-unadvertised", "lifecycle.capabilities"),
    ("pong", "ping"),
    ("bad-name", "tools.list.names"),
    ("duplicate-name", "tools.list.names"),
    ("bad-output-schema", "tools.list.output-schemas"),
    ("endless-cursor", "tools.list.pagination"),
    ("accept-bad-cursor", "tools.list.pagination"),
    ("accept-anything", "tools.call.invalid-arguments"),
    ("result-for-unknown-tool", "tools.call.unknown-tool"),
]


@pytest.mark.parametrize(("rule", "check"), PROTOCOL_RULES)
def test_each_protocol_check_fails_on_a_server_that_breaks_its_rule(rule: str, check: str) -> None:
    report = mcpgen.test(command=f"{sys.executable} {RAW_SERVER} --break {rule}", options=FAST)
    assert f"{check}@stdio" in failed(report)


PATCHES = {
    "errors-as-success": ("results.py", "    if not 200 <= status < 300:", "    if False:"),
    "malformed-as-text": ("results.py", "    except ValueError as exc:\n",
                          "    except ValueError as exc:\n        return text_result(response.text)\n"),
    "shielded-calls": ("app.py", '        response = await entry.function(state["api"], args)',
                       '        with anyio.CancelScope(shield=True):\n'
                       '            response = await entry.function(state["api"], args)'),
    "dot-segments-sent": ("client.py", "def _dot_segment(segment: str) -> bool:\n",
                          "def _dot_segment(segment: str) -> bool:\n    return False\n"),
    "one-call-at-a-time": ("app.py", "        entry = registry.entries.get(name)\n",
                           '        if state.get("busy"):\n            return text_result("busy", error=True)\n'
                           '        state["busy"] = True  # type: ignore[assignment]\n'
                           "        entry = registry.entries.get(name)\n"),
}  # fmt: skip


UPSTREAM_RULES = [
    ("errors-as-success", {}, {"tools.call.upstream-4xx", "tools.call.upstream-5xx"}),
    ("malformed-as-text", {}, {"tools.call.upstream-malformed"}),
    (None, {"BOOKSHOP_TIMEOUT": "600"}, {"tools.call.upstream-timeout"}),
    ("shielded-calls", {}, {"transport.cancellation"}),
    ("dot-segments-sent", {}, {"tools.call.path-values"}),
    ("one-call-at-a-time", {}, {"transport.concurrent-calls"}),
]
SHOWN_BY_OTHER_TESTS = {
    "transport.stdio.clean-stdout", "tools.list.input-schemas", "tools.list.descriptions", "tools.call.valid",
    "transport.http.foreign-host", "transport.http.foreign-origin", "lifecycle.stateless[2026-07-28]",
}  # fmt: skip


def test_every_check_in_the_manifest_is_shown_to_catch_its_violation() -> None:
    shown = {check for _, check in PROTOCOL_RULES} | {c for *_, checks in UPSTREAM_RULES for c in checks}
    assert set(REQUIREMENTS) == shown | SHOWN_BY_OTHER_TESTS


@pytest.mark.slow
@pytest.mark.parametrize(("patch", "env", "checks"), UPSTREAM_RULES)
def test_each_upstream_check_fails_on_a_package_that_breaks_its_rule(
    patch: str | None, env: dict[str, str], checks: set[str], tmp_path: Path
) -> None:
    package = tmp_path / "bookshop"
    shutil.copytree(ROOT / "golden" / "bookshop-3.0" / "package", package)
    if patch is not None:
        name, old, new = PATCHES[patch]
        module = package / "src" / "bookshop_mcp" / name
        code = module.read_text()
        assert old in code
        if "anyio" in new and "import anyio" not in code:
            future = "from __future__ import annotations\n"
            code = code.replace(future, future + "import anyio\n")
        module.write_text(code.replace(old, new, 1))
    options = CheckOptions(examples_per_tool=1, timeout=8, upstream_timeout=2, http=False, env=env)
    report = mcpgen.test(package, spec=ROOT / CASES["bookshop-3.0"], options=options)
    assert checks <= {key.split("@")[0] for key in failed(report)}


def test_the_harness_validates_with_the_servers_linear_time_validator() -> None:
    """A pattern that backtracks exponentially (`^(a+)+$`) cannot stall `mcpgen test`: the mock upstream and
    the checks validate with the generated servers' jsonschema-rs validator."""
    import threading

    from mcpgen.conformance.validate import first_error, is_valid

    schema = {"type": "object", "properties": {"name": {"type": "string", "pattern": "^(a+)+$"}}}
    found: list[Any] = []
    worker = threading.Thread(target=lambda: found.append(first_error(schema, {"name": "a" * 60 + "!"})))
    worker.start()
    worker.join(60)  # a backtracking engine would still be running: bounded, so the test fails, not hangs
    assert not worker.is_alive() and found[0] is not None and found[0][0] == "name"
    assert is_valid(schema, {"name": "aaaa"})
    assert first_error({"type": "object", "$ref": "#/$defs/missing"}, {})[0] == "(schema)"  # type: ignore[index]
