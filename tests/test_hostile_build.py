"""Hostile and broken descriptions: each gives a located diagnostic and exit 1 (or a safe build), never a
traceback, a hang or a file outside the output folder. One case per class of the hardening probe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from helpers import op, openapi, write_spec
from jsonschema import Draft202012Validator

import mcpgen
from mcpgen.diagnostics import InputError

ARG = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}


def spec_with(**top: Any) -> dict[str, Any]:
    return {**openapi({"/a/{id}": {"get": op("getA", parameters=[ARG])}}), **top}


def spec_with_body(schema: Any, components: dict[str, Any] | None = None) -> dict[str, Any]:
    spec = openapi({"/a": {"post": op("postA", requestBody={"content": {"application/json": {"schema": schema}}})}})
    if components is not None:
        spec["components"] = components
    return spec


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it; `timeout` bounds a hang (the test fails rather than waits)."""
    cmd = [sys.executable, "-m", "mcpgen", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)


def assert_refused(result: subprocess.CompletedProcess[str], code: str, place: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith(f"error[{code}]")]
    assert lines, f"no error[{code}] in:\n{result.stderr}"
    assert any(place in line for line in lines), f"{place!r} not named in:\n{result.stderr}"


def errors(tmp_path: Path, spec: dict[str, Any] | str, name: str = "openapi.json") -> list[mcpgen.Diagnostic]:
    """The error diagnostics of building `spec`, from the library; a build with errors writes nothing."""
    path = write_spec(tmp_path, spec, name) if isinstance(spec, dict) else _write(tmp_path / name, spec)
    out = tmp_path / "out"
    try:
        result = mcpgen.build(path, out=out, formatter="none")
    except InputError as exc:
        found = exc.diagnostics
    else:
        found = result.diagnostics
        if not result.ok:
            assert not out.exists(), "a failed build must write nothing"
    return [d for d in found if d.severity == "error"]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


@pytest.mark.parametrize(
    ("top", "pointer"),
    [
        ({"components": [1, 2]}, "/components"),
        ({"components": "x"}, "/components"),
        ({"components": {"securitySchemes": [1]}}, "/components/securitySchemes"),
        ({"components": {"securitySchemes": {"o": {"type": "oauth2", "flows": "x"}}}},
         "/components/securitySchemes/o/flows"),
        ({"components": {"securitySchemes": {"o": {"type": "oauth2", "flows": {
            "clientCredentials": {"tokenUrl": "https://t.example", "scopes": ["a"]}}}}}},
         "/components/securitySchemes/o/flows/clientCredentials/scopes"),
        ({"servers": {"url": "https://x.example"}}, "/servers"),
        ({"servers": "https://x.example"}, "/servers"),
        ({"servers": [{"url": "https://{h}.example", "variables": [1]}]}, "/servers/0/variables"),
        ({"security": {"a": []}}, "/security"),
        ({"info": "x"}, "/info"),
    ],
)  # fmt: skip
def test_a_section_of_the_wrong_type_is_an_error_at_its_pointer(tmp_path: Path, top: dict, pointer: str) -> None:
    found = errors(tmp_path, spec_with(**top))
    assert [(d.code, d.pointer) for d in found] == [("spec-invalid", pointer)]


@pytest.mark.parametrize(
    ("field", "value"),
    [("tags", "books"), ("parameters", "id"), ("responses", [200]), ("requestBody", "json"), ("security", "x"),
     ("x-mcp", "skip")],
)  # fmt: skip
def test_an_operation_member_of_the_wrong_type_is_an_error_at_its_pointer(
    tmp_path: Path, field: str, value: Any
) -> None:
    spec = spec_with()
    spec["paths"]["/a/{id}"]["get"][field] = value
    found = errors(tmp_path, spec)
    assert [(d.code, d.pointer) for d in found][:1] == [("spec-invalid", f"/paths/~1a~1{{id}}/get/{field}")]


def test_swagger_2_host_and_security_definitions_of_the_wrong_type_are_located(tmp_path: Path) -> None:
    spec = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "host": ["x"], "schemes": "https",
            "securityDefinitions": [1], "paths": {"/a": {"get": op("g")}}}  # fmt: skip
    result = mcpgen.build(write_spec(tmp_path, spec), out=tmp_path / "out")
    found = {(d.code, d.severity.value, d.pointer) for d in result.diagnostics}
    assert found >= {("spec-invalid", "warning", "/host"), ("spec-invalid", "error", "/schemes"),
                     ("spec-invalid", "error", "/securityDefinitions")}  # fmt: skip
    assert not (tmp_path / "out").exists()


def test_a_boolean_written_as_a_string_is_read_with_a_warning(tmp_path: Path) -> None:
    spec = openapi({"/a": {"get": op("g", parameters=[{"name": "q", "in": "query", "required": "true",
                                                       "schema": {"type": "string"}}])}})  # fmt: skip
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    assert model.tools[0].input_schema["required"] == ["q"]
    assert [(d.code, d.severity, d.pointer) for d in diagnostics] == [
        ("spec-invalid", "warning", "/paths/~1a/get/parameters/0/required")]  # fmt: skip


def test_a_pattern_python_cannot_compile_is_dropped_with_a_warning(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"x": {"type": "string", "pattern": "a{99999999999}"},
                                               "y": {"type": "string", "pattern": "(("}}}  # fmt: skip
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec_with_body(schema)))
    props = model.tools[0].input_schema["properties"]
    assert "pattern" not in props["x"] and "pattern" not in props["y"]
    assert sorted(d.pointer.rsplit("/", 1)[-1] for d in diagnostics if d.code == "schema-pattern") == ["x", "y"]


def test_a_type_that_is_a_schema_is_dropped_with_a_warning_and_the_operation_kept(tmp_path: Path) -> None:
    # a property called `type` written one level too high: `"type": {"type": "string", "enum": [...]}`
    schema = {"type": "object", "properties": {"kind": {"type": {"type": "string", "enum": ["a", "b"]}},
                                               "tags": {"type": ["string", {"type": "null"}]}}}  # fmt: skip
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec_with_body(schema)))
    assert [t.name for t in model.tools] == ["postA"]
    props = model.tools[0].input_schema["properties"]
    assert "type" not in props["kind"] and "type" not in props["tags"]
    assert sorted(d.pointer.rsplit("/", 1)[-1] for d in diagnostics if d.code == "schema-invalid") == ["kind", "tags"]


def test_a_pattern_with_a_nested_set_is_kept_without_a_python_warning(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"x": {"type": "string", "pattern": "^[[a-z]]+$"}}}
    result = run_cli("build", str(write_spec(tmp_path, spec_with_body(schema))), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr, result.stderr


def test_extensions_anywhere_may_hold_any_value(tmp_path: Path) -> None:
    spec = spec_with(components={"x-samples-languages": ["curl", "node"], "schemas": {}, "x-flag": True})
    spec["paths"]["x-visibility"] = "internal"
    spec["paths"]["/a/{id}"]["get"]["responses"]["x-note"] = ["ok"]
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    assert [t.name for t in model.tools] == ["getA"]
    assert [d for d in diagnostics if d.severity == "error"] == []


def test_lone_surrogates_are_replaced_and_the_package_is_valid_utf8(tmp_path: Path) -> None:
    text = ('{"openapi":"3.0.3","info":{"title":"T\\ud800","version":"1"},"servers":[{"url":"https://a.example"}],'
            '"paths":{"/a":{"get":{"operationId":"get\\udfffIt","description":"x\\udc00y",'
            '"responses":{"200":{"description":"ok"}}}}}}')  # fmt: skip
    result = mcpgen.build(_write(tmp_path / "s.json", text), out=tmp_path / "out", formatter="none")
    assert result.ok
    assert {d.code for d in result.diagnostics} == {"text-invalid"}
    tools = json.loads((tmp_path / "out/src/t_mcp/tools.json").read_bytes().decode("utf-8"))
    assert tools["tools"][0]["description"] == "x\ufffdy"


def test_nan_and_infinity_never_reach_the_package(tmp_path: Path) -> None:
    text = ('{"openapi":"3.0.3","info":{"title":"T","version":"1"},"servers":[{"url":"https://a.example"}],'
            '"paths":{"/a":{"get":{"operationId":"g","description":NaN,"parameters":[{"name":"q","in":"query",'
            '"schema":{"type":"number","default":NaN,"maximum":Infinity,"enum":[1,-Infinity]}}],'
            '"responses":{"200":{"description":"ok"}}}}}}')  # fmt: skip
    result = mcpgen.build(_write(tmp_path / "s.json", text), out=tmp_path / "out", formatter="none")
    assert result.ok
    places = {d.pointer.rsplit("/", 1)[-1] for d in result.diagnostics if d.code == "text-invalid"}
    assert places == {"description", "default", "maximum", "1"}

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in tools.json")

    tools = json.loads((tmp_path / "out/src/t_mcp/tools.json").read_text(), parse_constant=refuse)
    schema = tools["tools"][0]["inputSchema"]
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["q"] == {"type": "number", "enum": [1]}


@pytest.mark.parametrize("depth", [300, 5000])
def test_json_nested_too_deep_is_a_depth_error(tmp_path: Path, depth: int) -> None:
    text = '{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{},"x-deep":' + "[" * depth + "]" * depth
    result = run_cli("build", str(_write(tmp_path / "deep.json", text + "}")), "-o", str(tmp_path / "out"))
    assert_refused(result, "limit-depth", "deep.json")
    assert not (tmp_path / "out").exists()


def test_schemas_nested_400_deep_are_a_depth_error_at_the_schema(tmp_path: Path) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(400):
        schema = {"type": "object", "properties": {"a": schema}}
    found = errors(tmp_path, spec_with_body(schema))
    assert [d.code for d in found] == ["limit-depth"]
    assert found[0].pointer.startswith("/paths/~1a/post/requestBody/content/application~1json/schema/properties/a/")


@pytest.mark.parametrize("links", [2_000, 10_000])
def test_a_long_chain_of_refs_is_a_depth_error_naming_a_link(tmp_path: Path, links: int) -> None:
    schemas: dict[str, Any] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(links)}
    schemas[f"S{links}"] = {"type": "string"}
    found = errors(tmp_path, spec_with_body({"$ref": "#/components/schemas/S0"}, {"schemas": schemas}))
    assert [d.code for d in found] == ["limit-depth", "no-tools"]
    assert found[0].pointer.startswith("/components/schemas/S")


def test_a_limit_can_be_raised_for_a_trusted_description(tmp_path: Path) -> None:
    schemas: dict[str, Any] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(150)}
    schemas["S150"] = {"type": "string"}
    path = write_spec(tmp_path, spec_with_body({"$ref": "#/components/schemas/S0"}, {"schemas": schemas}))
    assert_refused(run_cli("inspect", str(path)), "limit-depth", "/components/schemas/S")
    raised = run_cli("inspect", str(path), "--limit", "max_depth=200")
    assert raised.returncode == 0, raised.stderr
    wrong = run_cli("inspect", str(path), "--limit", "max_dept=200")
    assert wrong.returncode == 2
    assert "did you mean 'max_depth'" in wrong.stderr


def test_a_ref_cycle_without_content_accepts_any_value_instead_of_recursing(tmp_path: Path) -> None:
    ref = {name: {"$ref": f"#/components/schemas/{name}"} for name in ("A", "B", "Self")}
    schemas = {"A": ref["B"], "B": {"allOf": [ref["A"]]}, "Self": {"anyOf": [ref["Self"], {"type": "string"}]}}
    body = {"type": "object", "properties": {"a": ref["A"], "s": ref["Self"]}}
    spec = spec_with_body(body, {"schemas": schemas})
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    assert sorted(d.pointer for d in diagnostics if d.code == "schema-ref-cycle") == [
        "/components/schemas/A", "/components/schemas/Self"]  # fmt: skip
    validator = Draft202012Validator(model.tools[0].input_schema)
    assert not list(validator.iter_errors({"a": {"any": ["thing"]}, "s": 3}))


def test_a_recursive_schema_that_describes_values_is_kept(tmp_path: Path) -> None:
    node = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
    }
    spec = spec_with_body({"$ref": "#/components/schemas/Node"}, {"schemas": {"Node": node}})
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    assert not [d for d in diagnostics if d.code == "schema-ref-cycle"]
    validator = Draft202012Validator(model.tools[0].input_schema)
    assert list(validator.iter_errors({"children": [{"children": [{"children": 1}]}]}))


YAML_HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"


def test_recursive_yaml_aliases_are_refused(tmp_path: Path) -> None:
    text = YAML_HEAD + textwrap.dedent("""\
        paths:
          /a:
            get:
              operationId: g
              parameters:
                - {name: q, in: query, schema: &s {type: object, properties: {a: *s}}}
              responses: {'200': {description: ok}}
        """)
    result = run_cli("build", str(_write(tmp_path / "loop.yaml", text)), "-o", str(tmp_path / "out"))
    assert_refused(result, "limit-alias-expansion", "loop.yaml#/paths/~1a/get/parameters/0/schema")


def test_a_billion_laughs_is_refused_before_anything_expands_it(tmp_path: Path) -> None:
    bomb = "x-lol:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, 10):
        bomb += f"  a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n"
    text = (
        YAML_HEAD
        + bomb
        + textwrap.dedent("""\
        paths:
          /a:
            get:
              operationId: g
              parameters:
                - {name: q, in: query, schema: {type: array, default: *a9}}
              responses: {'200': {description: ok}}
        """)
    )
    result = run_cli("build", str(_write(tmp_path / "lol.yaml", text)), "-o", str(tmp_path / "out"))
    assert_refused(result, "limit-alias-expansion", "lol.yaml")


def test_a_few_shared_yaml_anchors_are_fine(tmp_path: Path) -> None:
    text = YAML_HEAD + textwrap.dedent("""\
        servers: [{url: 'https://a.example'}]
        x-common: &p {name: q, in: query, schema: {type: string}}
        paths:
          /a: {get: {operationId: a, parameters: [*p], responses: {'200': {description: ok}}}}
          /b: {get: {operationId: b, parameters: [*p], responses: {'200': {description: ok}}}}
        """)
    model, _ = mcpgen.ingest(_write(tmp_path / "ok.yaml", text))
    assert [sorted(t.input_schema["properties"]) for t in model.tools] == [["q"], ["q"]]


def test_a_gzip_bomb_is_cut_off_at_the_document_size_limit(tmp_path: Path) -> None:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = b'{"openapi":"3.0.3","info":{"title":"T","version":"1"},"paths":{},"x":"'
    body = squeeze.compress(head) + b"".join(squeeze.compress(b"a" * 2**20) for _ in range(64))
    bomb = tmp_path / "bomb.json.gz"
    bomb.write_bytes(body + squeeze.compress(b'"}') + squeeze.flush())
    assert bomb.stat().st_size < 2**20  # 64 MiB once expanded
    result = run_cli("build", str(bomb), "--limit", "max_document_bytes=8000000", "-o", str(tmp_path / "out"))
    assert_refused(result, "limit-document-size", "bomb.json.gz")


class _Upstream(BaseHTTPRequestHandler):
    """Serves documents for `$ref`s: `/trickle` sends a byte a second, `/big` too many bytes."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        try:
            if self.path == "/trickle":
                for char in '{"type": "string"}':
                    self.wfile.write(char.encode())
                    self.wfile.flush()
                    time.sleep(1)
            elif self.path == "/big":
                self.wfile.write(b'{"description": "' + b"a" * 300_000 + b'"}')
            else:
                self.wfile.write(b'{"type": "string"}')
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def upstream() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Upstream)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_remote_ref_that_trickles_is_cut_off_by_the_total_download_time(tmp_path: Path, upstream: str) -> None:
    path = write_spec(tmp_path, spec_with_body({"$ref": f"{upstream}/trickle"}), "s.json")
    result = run_cli("build", str(path), "--allow-remote-refs", "--limit", "download_seconds=2", timeout=60)
    assert_refused(result, "limit-download-time", "/trickle")


def test_a_remote_ref_larger_than_the_download_limit_is_refused(tmp_path: Path, upstream: str) -> None:
    path = write_spec(tmp_path, spec_with_body({"$ref": f"{upstream}/big"}), "s.json")
    result = run_cli("build", str(path), "--allow-remote-refs", "--limit", "max_download_bytes=100000")
    assert_refused(result, "limit-download-size", "/big")


def test_a_remote_ref_within_the_limits_is_read(tmp_path: Path, upstream: str) -> None:
    path = write_spec(tmp_path, spec_with_body({"type": "object", "properties": {"x": {"$ref": f"{upstream}/ok"}}}))
    model, _ = mcpgen.ingest(path, mcpgen.api.BuildConfig(allow_remote_refs=True))
    assert model.tools[0].input_schema["properties"]["x"] == {"type": "string"}


def test_allowing_remote_refs_never_reads_local_files_through_file_urls(tmp_path: Path) -> None:
    secret = tmp_path / "elsewhere" / "secret.json"
    secret.parent.mkdir()
    secret.write_text('{"type": "string", "description": "TOP-SECRET"}')
    spec_dir = tmp_path / "spec"
    path = write_spec(spec_dir, spec_with_body({"$ref": secret.as_uri()}), "s.json")
    out = tmp_path / "out"
    result = run_cli("build", str(path), "--allow-remote-refs", "-o", str(out))
    assert_refused(result, "ref-refused", "/paths/~1a/post/requestBody")
    assert "only http(s)" in result.stderr
    assert not out.exists()


def test_a_title_that_starts_with_a_digit_gives_an_importable_package(tmp_path: Path) -> None:
    spec = openapi({"/a": {"get": op("g")}}, info={"title": "2024 API", "version": "1"})
    result = mcpgen.build(write_spec(tmp_path, spec), out=tmp_path / "pkg", formatter="none")
    assert result.plan.package.import_name.isidentifier()
    assert result.plan.package.dist_name == "api-2024-mcp"
    done = subprocess.run([sys.executable, "-c", f"import {result.plan.package.import_name}.server"],
                          cwd=tmp_path / "pkg" / "src", capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_inspect_never_prints_terminal_escape_sequences_from_a_description(tmp_path: Path) -> None:
    spec = openapi(
        {"/a\x1b]0;pwned\x07": {"get": op("g")}}, info={"title": "\x1b[2J\x1b[31mRed\u202eevil", "version": "1"}
    )
    result = run_cli("inspect", str(write_spec(tmp_path, spec, "s.json")))
    assert result.returncode == 0, result.stderr
    shown = result.stdout + result.stderr
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "\\x1b[31mRed\\u202eevil" in shown


def test_a_hooks_file_that_is_a_symlink_stays_a_link_and_is_not_read(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, openapi({"/a": {"get": op("g")}}))
    out = tmp_path / "pkg"
    mcpgen.build(spec, out=out, formatter="none")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    hooks = out / "src" / "test_mcp" / "hooks.py"
    hooks.unlink()
    hooks.symlink_to(secret)
    mcpgen.build(spec, out=out, formatter="none")
    assert hooks.is_symlink() and os.readlink(hooks) == str(secret)
    assert not any("TOP-SECRET" in p.read_text() for p in out.rglob("*") if p.is_file() and not p.is_symlink())


def test_a_server_url_that_is_not_a_url_is_ignored_with_a_warning(tmp_path: Path) -> None:
    spec = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "host": "[x", "paths": {"/a": {"get": op("g")}}}
    model, diagnostics = mcpgen.ingest(write_spec(tmp_path, spec))
    assert model.servers == ()
    assert [(d.code, d.pointer) for d in diagnostics] == [("base-url-invalid", "/host")]
