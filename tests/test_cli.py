"""The `mcpgen` command as CI pipelines and people use it: outputs, exit codes, safety of the output folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import op, openapi, write_spec

import mcpgen
from mcpgen.cli import main

ROOT = Path(__file__).resolve().parents[1]
BOOKSHOP = str(ROOT / "specs" / "bookshop-3.0.yaml")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_writes_a_package_and_check_reports_it_up_to_date(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    result = run("build", BOOKSHOP, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "11 tools" in result.output
    assert (out / "pyproject.toml").exists() and (out / "src" / "bookshop_mcp" / "server.py").exists()
    check = run("build", BOOKSHOP, "-o", str(out), "--check")
    assert check.exit_code == 0 and "up to date" in check.output


def test_check_exits_1_with_a_diff_when_generated_files_were_edited(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    run("build", BOOKSHOP, "-o", str(out))
    readme = out / "README.md"
    readme.write_text(readme.read_text() + "local edit\n")
    check = run("build", BOOKSHOP, "-o", str(out), "--check")
    assert check.exit_code == 1
    assert "+++ README.md (generated)" in check.output and "-local edit" in check.output


def test_rebuilding_keeps_hooks_and_files_the_user_added(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    run("build", BOOKSHOP, "-o", str(out))
    hooks = out / "src" / "bookshop_mcp" / "hooks.py"
    hooks.write_text(hooks.read_text() + "\nMINE = 1\n")
    (out / "NOTES.md").write_text("mine\n")
    assert run("build", BOOKSHOP, "-o", str(out), "-q").exit_code == 0
    assert "MINE = 1" in hooks.read_text()
    assert (out / "NOTES.md").read_text() == "mine\n"
    assert run("build", BOOKSHOP, "-o", str(out), "--check").exit_code == 0


def test_a_folder_not_made_by_mcpgen_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "data.txt").write_text("keep me")
    result = run("build", BOOKSHOP, "-o", str(out))
    assert result.exit_code == 1
    assert "refusing to overwrite" in result.output
    assert [p.name for p in out.iterdir()] == ["data.txt"]


def test_a_failed_build_leaves_the_previous_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    run("build", BOOKSHOP, "-o", str(out))
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    spec = write_spec(tmp_path, openapi({"/only": {"delete": op("gone")}}))
    config = tmp_path / "mcpgen.yaml"
    config.write_text("read_only: true\n")
    result = run("build", str(spec), "-o", str(out), "-c", str(config), "--name", "bookshop")
    assert result.exit_code == 1
    assert "no-tools" in result.output
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_description_of_webhooks_alone_fails_saying_why(tmp_path: Path) -> None:
    hook = {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}, **op("x")}}
    spec = write_spec(tmp_path, openapi({}, "3.1.0", webhooks={"order.created": hook, "order.paid": hook}))
    result = run("build", str(spec), "-o", str(tmp_path / "pkg"))
    assert result.exit_code == 1
    assert "states no operations" in result.output
    assert "webhooks-not-tools" in result.output and "order.created, order.paid" in result.output
    assert "include/exclude" not in result.output
    assert not (tmp_path / "pkg").exists()


def test_missing_spec_and_bad_usage_have_distinct_exit_codes(tmp_path: Path) -> None:
    missing = run("build", str(tmp_path / "nope.yaml"))
    assert missing.exit_code == 1 and "no such file" in missing.output
    assert run("build", BOOKSHOP, "--no-such-flag").exit_code == 2
    assert run("frobnicate").exit_code == 2


def test_strict_turns_warnings_into_a_failure(tmp_path: Path) -> None:
    assert run("build", BOOKSHOP, "-o", str(tmp_path / "a"), "-q").exit_code == 0
    strict = run("build", BOOKSHOP, "-o", str(tmp_path / "b"), "--strict")
    assert strict.exit_code == 1
    assert "arg-renamed" in strict.output
    assert not (tmp_path / "b").exists()


def test_unknown_config_keys_are_refused_with_a_suggestion(tmp_path: Path) -> None:
    config = tmp_path / "mcpgen.yaml"
    config.write_text("read_onyl: true\n")
    result = run("build", BOOKSHOP, "-c", str(config), "-o", str(tmp_path / "x"))
    assert result.exit_code == 1
    assert "read_onyl: unknown key; did you mean 'read_only'?" in result.output


def test_config_selects_operations_and_overrides_names(tmp_path: Path) -> None:
    config = tmp_path / "mcpgen.yaml"
    config.write_text(
        "include:\n  tags: [books]\n  methods: [GET]\n"
        "overrides:\n  getBook:\n    name: fetch_book\n    description: Fetch one book.\n"
        "  getBokk: {exclude: true}\n"
    )
    result = run("inspect", BOOKSHOP, "-c", str(config), "--json")
    assert result.exit_code == 0, result.output
    plan = json.loads(result.output[: result.output.rindex("}") + 1])
    tools = {t["name"]: t for t in plan["service"]["tools"]}
    assert "fetch_book" in tools and tools["fetch_book"]["description"] == "Fetch one book."
    assert all(t["binding"]["method"] == "GET" for t in tools.values())
    assert "did you mean 'getBook'?" in result.output


def test_inspect_prints_tools_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("inspect", BOOKSHOP)
    assert result.exit_code == 0
    assert "getBook" in result.output and "read-only" in result.output
    assert list(tmp_path.iterdir()) == []


def test_ingest_then_generate_equals_build(tmp_path: Path) -> None:
    ir = tmp_path / "tools.json"
    assert run("ingest", BOOKSHOP, "-o", str(ir)).exit_code == 0
    assert run("generate", str(ir), "-o", str(tmp_path / "a"), "-q").exit_code == 0
    assert run("build", BOOKSHOP, "-o", str(tmp_path / "b"), "-q").exit_code == 0
    files_a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    files_b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert files_a == files_b


def test_generate_refuses_a_file_that_is_not_an_ir(tmp_path: Path) -> None:
    bogus = tmp_path / "tools.json"
    bogus.write_text('{"tools": 3}')
    result = run("generate", str(bogus))
    assert result.exit_code == 1 and "not an mcpgen IR file" in result.output


def test_the_library_build_returns_files_and_diagnostics(tmp_path: Path) -> None:
    result = mcpgen.build(BOOKSHOP, out=tmp_path / "lib")
    assert result.ok
    assert "src/bookshop_mcp/tools.json" in result.files
    assert [d.code for d in result.diagnostics] == ["arg-renamed", "operation-excluded"]
    assert (tmp_path / "lib" / "mcpgen.lock.json").exists()


def test_the_library_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    """A build pauses cyclic collection while it allocates; a caller's setting comes back whether the build
    succeeds or fails, called as a library or through the command line in the same process."""
    import gc

    assert gc.isenabled()
    assert mcpgen.build(BOOKSHOP, out=tmp_path / "on").ok
    assert gc.isenabled()
    assert run("build", str(BOOKSHOP), "-o", str(tmp_path / "cli"), "--quiet").exit_code == 0
    assert gc.isenabled()
    with pytest.raises(mcpgen.McpgenError):
        mcpgen.build(tmp_path / "missing.yaml", out=tmp_path / "bad")
    assert gc.isenabled()
    gc.disable()
    try:
        assert mcpgen.build(BOOKSHOP, out=tmp_path / "off").ok
        assert not gc.isenabled()
    finally:
        gc.enable()
