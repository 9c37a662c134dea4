"""Prebuilt adapters (adapters/): the curated builds, their fidelity to the vendors' full descriptions, and
their servers' behaviour against the harness's spec-driven mock upstream (session expiry, throttling)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from click.testing import CliRunner
from conftest import shared_spec
from fidelity import check_fidelity, check_openapi3_fidelity
from mcp import Client

from mcpgen import adapters
from mcpgen.cli import main
from mcpgen.conformance.runner import load_plan
from mcpgen.conformance.upstream import MockUpstream
from mcpgen.ir import BuildPlan, Tool

ROOT = Path(__file__).resolve().parents[1]
VCENTER_GOLDEN = ROOT / "golden" / "adapter-vcenter" / "package"
VSPHERE = "vmware/vsphere-7.0.3"


def _vendor(relative_folder: str) -> Path:
    return shared_spec(relative_folder)


# -- building ---------------------------------------------------------------------------------------
def test_adapters_list_shows_each_service_with_its_tool_count_and_size() -> None:
    _vendor(VSPHERE)
    result = CliRunner().invoke(main, ["adapters", "list", "--json"])
    assert result.exit_code == 0, result.output
    rows = {row["adapter"]: row for row in json.loads(result.output)}
    services = {s["service"]: s for s in rows["vcenter"]["services"]}
    assert {"vms", "power", "inventory", "tags", "content_library", "tasks"} <= set(services)
    default = [s for s in services.values() if s["default"]]
    assert 0 < sum(s["tools"] for s in default) <= 128
    assert all(s["list_bytes"] > 0 and s["approx_tokens"] == s["list_bytes"] // 4 for s in default)
    assert services["vcenter_all"]["tools"] > 400  # the whole vendor surface on request


def test_the_vcenter_default_is_curated_clean_and_needs_its_base_url() -> None:
    _vendor(VSPHERE)
    result = adapters.build("vcenter")
    assert result.ok, [d.format() for d in result.diagnostics if d.severity.value == "error"]
    plan = result.plan
    names = {t.name for t in plan.service.tools}
    assert len(names) <= 128
    assert {"vm_list", "vm_power_start", "vm_guest_power_shutdown", "host_list", "tag_list", "tasks_get"} <= names
    assert "vm_relocate_task" in names  # the `?vmw-task=true` variant, named plainly
    assert not [n for n in names if "_api_" in n or n.endswith("_true") or n.startswith("rest_")]
    for tool in plan.service.tools:
        text = tool.description + json.dumps(tool.input_schema)
        assert "{@" not in text and "<p>" not in text, tool.name
        assert len(tool.description) <= 600
    base = next(v for v in plan.env if v.name == "VCENTER_BASE_URL")
    assert base.required and not plan.base_url  # `https://<vcenter>` is a placeholder, not a host
    session = next(s for s in plan.service.auth_schemes if s.name == "session_id")
    assert session.kind == "session" and session.session is not None
    assert session.env == {"username": "VCENTER_USERNAME", "password": "VCENTER_PASSWORD"}
    assert {"VCENTER_TLS_VERIFY", "VCENTER_CA_BUNDLE"} <= {v.name for v in plan.env}
    assert "sessions.py" in "".join(result.files) and "paging.py" not in "".join(result.files)
    assert plan.surface is not None and plan.surface.kind == "tools" and plan.size.approx_tokens <= 20_000


def test_read_only_and_service_choice_narrow_the_build() -> None:
    _vendor(VSPHERE)
    result = adapters.build("vcenter", services="power,inventory", read_only=True)
    tools = result.plan.service.tools
    assert tools and all(t.binding.method == "GET" for t in tools)
    assert {t.service for t in tools} == {"power", "inventory"}
    everything = adapters.build("vcenter", services="all")
    assert len(everything.plan.service.tools) > 500
    assert everything.plan.surface is not None and everything.plan.surface.kind == "discovery"


def test_annotation_overrides_mark_destructive_posts_and_keep_reading_posts_in_read_only_builds() -> None:
    _vendor(VSPHERE)
    tools = {t.name: t for t in adapters.build("vcenter").plan.service.tools}
    assert tools["vm_power_stop"].annotations.destructive and tools["vm_guest_power_shutdown"].annotations.destructive
    assert not tools["vm_power_start"].annotations.destructive
    assert tools["tag_association_list_attached_tags"].annotations.read_only
    read_only = {t.name: t for t in adapters.build("vcenter", services="tags", read_only=True).plan.service.tools}
    assert "tag_association_list_attached_tags" in read_only and "tag_create" not in read_only
    assert all(t.annotations.read_only for t in read_only.values())


def test_an_unknown_service_is_an_error_naming_the_known_ones() -> None:
    _vendor(VSPHERE)
    result = adapters.build("vcenter", services="vms,snapshots")
    errors = [d for d in result.diagnostics if d.code == "service-unknown"]
    assert errors and "vms" in (errors[0].hint or "") and not result.files


# -- fidelity: every curated tool against the full vendor description ---------------------------------


def test_every_curated_vcenter_tool_matches_the_vendor_description() -> None:
    folder = _vendor(VSPHERE)
    plan = adapters.build("vcenter", services="all").plan
    assert len(plan.service.tools) > 500
    assert check_fidelity(plan, folder) == []


def test_the_fidelity_check_catches_a_drifted_definition() -> None:
    folder = _vendor(VSPHERE)
    plan = adapters.build("vcenter").plan
    tool = next(t for t in plan.service.tools if t.name == "vm_power_start")
    args = tuple(a.model_copy(update={"wire": "vm_id"}) if a.location == "path" else a for a in tool.binding.args)
    drifted = tool.model_copy(update={"binding": tool.binding.model_copy(update={"args": args, "method": "PUT"})})
    service = plan.service.model_copy(update={"tools": (drifted,)})
    problems = check_fidelity(plan.model_copy(update={"service": service}), folder)
    assert any("bound to PUT" in p for p in problems)
    assert any("'vm' is missing" in p for p in problems)
    assert any("'vm_id' in path is not a vendor parameter" in p for p in problems)


# -- the generated vCenter server against the spec-driven mock ---------------------------------------
@pytest.fixture
def vcenter() -> Any:
    sys.path.insert(0, str(VCENTER_GOLDEN / "src"))
    from vcenter_mcp.app import build_server
    from vcenter_mcp.server import registry

    yield build_server, registry, load_plan(VCENTER_GOLDEN)
    sys.path.remove(str(VCENTER_GOLDEN / "src"))


def _session(build_server: Any, registry: Any, env: dict[str, str], steps: Any) -> Any:
    server = build_server(registry, env=env)

    async def main() -> Any:
        with anyio.fail_after(60):
            async with Client(server) as client:
                return await steps(client)

    return anyio.run(main)


def _env(upstream: MockUpstream, **extra: str) -> dict[str, str]:
    return {"VCENTER_BASE_URL": upstream.base_url, "VCENTER_USERNAME": "administrator@vsphere.local",
            "VCENTER_PASSWORD": "s3cret", "VCENTER_MAX_RETRIES": "2", **extra}  # fmt: skip


def test_a_session_is_opened_once_renewed_after_expiry_and_closed_on_shutdown(vcenter: Any) -> None:
    build_server, registry, plan = vcenter
    with MockUpstream(plan) as upstream:

        async def steps(client: Client) -> list[Any]:
            first = await client.call_tool("vm_list", {})
            second = await client.call_tool("host_list", {})
            upstream.expire_sessions()  # vCenter's idle timeout passes
            third = await client.call_tool("vm_power_start", {"vm": "vm-42"})
            return [first, second, third]

        results = _session(build_server, registry, _env(upstream), steps)
        assert [r.is_error for r in results] == [False, False, False], results
        records = upstream.take()
        assert upstream.logins == 2  # once at the first call, once after the expiry
        sent = [(r.method, r.path, r.headers.get("vmware-api-session-id"), r.tool) for r in records]
        assert sent[0] == ("GET", "/api/vcenter/vm", "mock-session-1", "vm_list")
        assert sent[1][2] == "mock-session-1"
        assert sent[2][2] == "mock-session-1" and sent[3][2] == "mock-session-2"  # 401, then renewed
        assert sent[3][:2] == ("POST", "/api/vcenter/vm/vm-42/power") and records[3].query == [("action", "start")]
        assert not [p for r in records for p in r.problems]
        assert upstream.logouts == 1 and upstream.live_sessions == set()  # logged out when the server stopped


def test_without_credentials_the_call_names_the_variables_to_set(vcenter: Any) -> None:
    build_server, registry, plan = vcenter
    with MockUpstream(plan) as upstream:
        env = {"VCENTER_BASE_URL": upstream.base_url}
        result = _session(build_server, registry, env, lambda c: c.call_tool("vm_list", {}))
    assert result.is_error and "VCENTER_USERNAME" in result.content[0].text
    assert "s3cret" not in result.content[0].text and upstream.logins == 0


def test_throttling_429_is_retried_after_retry_after(vcenter: Any) -> None:
    build_server, registry, plan = vcenter
    with MockUpstream(plan) as upstream:
        upstream.queue.append((429, {"Retry-After": "1"}, b'{"message": "slow down"}'))

        async def steps(client: Client) -> Any:
            started = anyio.current_time()
            result = await client.call_tool("vm_power_stop", {"vm": "vm-1"})
            return result, anyio.current_time() - started

        (result, took) = _session(build_server, registry, _env(upstream), steps)
        assert not result.is_error and took >= 1.0
        assert [r.tool for r in upstream.take()] == ["vm_power_stop", "vm_power_stop"]


def test_a_failed_login_is_an_error_result_without_the_password(vcenter: Any) -> None:
    build_server, registry, plan = vcenter
    with MockUpstream(plan) as upstream:
        upstream._sessions = [s.model_copy(update={"session": s.session.model_copy(update={"path": "/elsewhere"})})
                              for s in upstream._sessions]  # fmt: skip
        result = _session(build_server, registry, _env(upstream), lambda c: c.call_tool("vm_list", {}))
    text = result.content[0].text
    assert result.is_error and "login answered HTTP" in text and "s3cret" not in text


# -- Microsoft 365 ----------------------------------------------------------------------------------
GRAPH = "microsoft-graph/v1.0/full"
M365_GOLDEN = ROOT / "golden" / "adapter-m365" / "package"


def test_every_curated_m365_tool_matches_the_full_graph_description() -> None:
    folder = _vendor(GRAPH)
    plan = load_plan(M365_GOLDEN)
    assert 30 <= len(plan.service.tools) <= 128
    assert check_openapi3_fidelity(plan, folder) == []
    assert plan.size.approx_tokens <= 20_000
    listing = next(t for t in plan.service.tools if t.name == "mail_list_messages")
    select = listing.input_schema["properties"]["select"]
    assert "enum" not in select["items"] and "Values: id, " in select["description"]  # OData enum collapsed
    assert {"continuation", "max_pages"} <= set(listing.input_schema["properties"])
    create = next(t for t in plan.service.tools if t.name == "calendar_create_event")
    assert len(json.dumps(create.input_schema)) < 4000  # 33 KB of event entity trimmed to the task's fields
    download = next(t for t in plan.service.tools if t.name == "files_download")
    assert "*.sharepoint.com" in download.binding.follow_redirects


@pytest.fixture
def m365() -> Any:
    sys.path.insert(0, str(M365_GOLDEN / "src"))
    from m365_mcp.app import build_server
    from m365_mcp.server import registry

    yield build_server, registry, load_plan(M365_GOLDEN)
    sys.path.remove(str(M365_GOLDEN / "src"))


def test_graph_lists_follow_next_links_over_several_pages(m365: Any) -> None:
    build_server, registry, plan = m365
    with MockUpstream(plan) as upstream:
        upstream.pages, upstream.page_size = 3, 4
        env = {"M365_BASE_URL": upstream.base_url, "M365_ACCESS_TOKEN": "t-1"}

        async def steps(client: Client) -> Any:
            return await client.call_tool("mail_list_messages", {"top": 4, "select": ["id", "subject"]})

        result = _session(build_server, registry, env, steps)
        records = upstream.take()
    assert not result.is_error, result.content[0].text
    assert len(result.structured_content["value"]) == 12 and result.structured_content["continuation"] is None
    assert [r.path for r in records] == ["/v1.0/me/messages"] * 3
    assert all(r.headers["authorization"] == "Bearer t-1" for r in records)
    assert ("$select", "id,subject") in records[0].query and not [p for r in records for p in r.problems]


def test_a_download_redirect_is_followed_only_to_an_allowed_host(m365: Any) -> None:
    build_server, registry, plan = m365
    with MockUpstream(plan) as upstream:
        upstream.queue.append((302, {"Location": "https://evil.example/steal"}, b""))
        env = {"M365_BASE_URL": upstream.base_url, "M365_ACCESS_TOKEN": "t-1"}
        args = {"drive-id": "d1", "driveItem-id": "i1"}
        result = _session(build_server, registry, env, lambda c: c.call_tool("files_download", args))
    assert result.is_error and "HTTP 302" in result.content[0].text


def test_client_credentials_ask_msal_for_the_default_scope_of_graph(m365: Any, monkeypatch: Any) -> None:
    import msal

    build_server, registry, plan = m365
    asked: list[Any] = []

    class FakeApplication:
        def __init__(self, client_id: str, authority: str, client_credential: str) -> None:
            asked.append((client_id, authority, client_credential))

        def acquire_token_for_client(self, scopes: list[str]) -> dict[str, Any]:
            asked.append(scopes)
            return {"access_token": "app-token", "expires_in": 3600}

    monkeypatch.setattr(msal, "ConfidentialClientApplication", FakeApplication)
    with MockUpstream(plan) as upstream:
        env = {"M365_BASE_URL": upstream.base_url, "M365_CLIENT_ID": "app", "M365_TENANT_ID": "contoso",
               "M365_CLIENT_SECRET": "shh"}  # fmt: skip
        result = _session(build_server, registry, env, lambda c: c.call_tool("users_get", {"user-id": "u1"}))
        records, origin = upstream.take(), upstream.origin
    assert not result.is_error, result.content[0].text
    assert asked[0] == ("app", "https://login.microsoftonline.com/contoso", "shh")
    assert asked[1] == [origin + "/.default"]  # `https://graph.microsoft.com/.default` for the real base URL
    assert records[0].headers["authorization"] == "Bearer app-token"


def test_device_code_tokens_are_cached_for_the_user_only(tmp_path: Path) -> None:
    sys.path.insert(0, str(M365_GOLDEN / "src"))
    try:
        import msal
        from m365_mcp.auth import AuthError
        from m365_mcp.msal_auth import MsalCredential, load_cache, save_cache
    finally:
        sys.path.remove(str(M365_GOLDEN / "src"))
    path = tmp_path / "cache" / "tokens.json"
    cache = msal.SerializableTokenCache()
    cache.add({"client_id": "app", "scope": ["User.Read"], "token_endpoint": "https://login.example/t",
               "response": {"access_token": "a", "refresh_token": "r", "expires_in": 3600}})  # fmt: skip
    save_cache(cache, path)
    assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    assert "refresh_token" in path.read_text() or "RefreshToken" in path.read_text()
    assert list(load_cache(path).search(msal.TokenCache.CredentialType.REFRESH_TOKEN))
    scheme = {"name": "microsoft", "kind": "msal", "scopes": ["User.Read"], "env": {}}
    values = {"client_id": "app", "tenant": "contoso", "token_cache": str(tmp_path / "none.json")}
    credential = MsalCredential(scheme, lambda s, role: values.get(role, ""), "https://graph.microsoft.com/v1.0")
    with pytest.raises(AuthError, match="login"):
        credential._acquire()  # never signed in: the error says to run the login command


# -- Azure Resource Manager -------------------------------------------------------------------------
AZURE = "azure/specification"
AZURE_GOLDEN = ROOT / "golden" / "adapter-azure" / "package"


def _azure_folder(plan: BuildPlan, tool: Tool) -> Path:
    """The folder of the tool's Swagger file (each source has its own)."""
    root = _vendor(AZURE)
    source = next(s for s in adapters.load("azure").config.sources if s.id == tool.source_id)
    del plan
    return root / Path(source.path).relative_to(root).parent


def test_every_curated_azure_tool_matches_its_swagger_file() -> None:
    _vendor(AZURE)
    plan = load_plan(AZURE_GOLDEN)
    assert 25 <= len(plan.service.tools) <= 128 and plan.size.approx_tokens <= 20_000
    problems = []
    for tool in plan.service.tools:
        one = plan.model_copy(update={"service": plan.service.model_copy(update={"tools": (tool,)})})
        problems += check_fidelity(one, _azure_folder(plan, tool), scheme="azure_auth")
    assert problems == []
    versions = {t.source_id: dict(t.binding.fixed_query)["api-version"] for t in plan.service.tools}
    assert versions["compute"] == "2024-03-01" and versions["sqlservers"] == "2021-11-01"  # per operation
    assert all("subscriptionId" not in t.input_schema["properties"] for t in plan.service.tools)
    assert next(v for v in plan.env if v.name == "AZURE_SUBSCRIPTION_ID").required
    start = next(t for t in plan.service.tools if t.name == "vms_start")
    assert start.binding.long_running is not None and start.annotations.read_only is False


@pytest.fixture
def arm() -> Any:
    sys.path.insert(0, str(AZURE_GOLDEN / "src"))
    from azure_mcp.app import build_server
    from azure_mcp.server import registry

    yield build_server, registry, load_plan(AZURE_GOLDEN)
    sys.path.remove(str(AZURE_GOLDEN / "src"))


def _azure_env(upstream: MockUpstream) -> dict[str, str]:
    return {"AZURE_BASE_URL": upstream.base_url, "AZURE_ACCESS_TOKEN": "arm-token",
            "AZURE_SUBSCRIPTION_ID": "sub-1", "AZURE_MAX_RETRIES": "0"}  # fmt: skip


def test_a_long_running_operation_is_polled_to_its_end_with_progress(arm: Any) -> None:
    build_server, registry, plan = arm
    with MockUpstream(plan) as upstream:
        monitor = upstream.origin + "/subscriptions/sub-1/providers/Microsoft.Compute/locations/x/operations/op1"
        upstream.queue += [
            (202, {"Azure-AsyncOperation": monitor, "Location": monitor + "?loc", "Retry-After": "0"}, b""),
            (200, {"Retry-After": "0"}, b'{"status": "InProgress"}'),
            (200, {"Retry-After": "0"}, b'{"status": "InProgress", "percentComplete": 50}'),
            (200, {}, b'{"status": "Succeeded"}'),
            (200, {}, b"{}"),  # the Location's final answer (POST without final-state-via)
        ]
        progress: list[Any] = []

        async def steps(client: Client) -> Any:
            async def on_progress(value: float, total: float | None, message: str | None) -> None:
                progress.append((value, message))

            args = {"resourceGroupName": "rg", "vmName": "vm1"}
            return await client.call_tool("vms_start", args, progress_callback=on_progress)

        result = _session(build_server, registry, _azure_env(upstream), steps)
        records = upstream.take()
    assert not result.is_error, result.content[0].text
    assert (
        records[0].path
        == "/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1/start"
    )
    assert ("api-version", "2024-03-01") in records[0].query
    assert [r.path.rsplit("/", 1)[-1] for r in records[1:]] == ["op1", "op1", "op1", "op1"]
    assert records[-1].query == [("loc", "")]
    assert all(r.headers["authorization"] == "Bearer arm-token" for r in records)
    assert [m for _, m in progress] == ["InProgress after 1 poll(s)", "InProgress after 2 poll(s)",
                                        "Succeeded after 3 poll(s)"]  # fmt: skip


def test_a_failed_long_running_operation_is_an_error_result(arm: Any) -> None:
    build_server, registry, plan = arm
    with MockUpstream(plan) as upstream:
        monitor = upstream.origin + "/subscriptions/sub-1/operations/op2"
        upstream.queue += [
            (202, {"Azure-AsyncOperation": monitor, "Retry-After": "0"}, b""),
            (200, {}, b'{"status": "Failed", "error": {"code": "OperationNotAllowed"}}'),
        ]
        args = {"resourceGroupName": "rg", "vmName": "vm1"}
        result = _session(build_server, registry, _azure_env(upstream), lambda c: c.call_tool("vms_restart", args))
    assert (
        result.is_error and "ended Failed" in result.content[0].text and "OperationNotAllowed" in result.content[0].text
    )


def test_without_its_subscription_a_call_names_the_variable_to_set(arm: Any) -> None:
    build_server, registry, plan = arm
    with MockUpstream(plan) as upstream:
        env = {**_azure_env(upstream), "AZURE_SUBSCRIPTION_ID": ""}
        result = _session(build_server, registry, env, lambda c: c.call_tool("vms_list_all", {}))
        assert upstream.take() == []
    assert result.is_error and "AZURE_SUBSCRIPTION_ID" in result.content[0].text


def test_azure_identity_supplies_the_token_when_none_is_given(arm: Any, monkeypatch: Any) -> None:
    import azure.identity

    build_server, registry, plan = arm
    scopes: list[Any] = []

    class FakeCredential:
        def get_token(self, *wanted: str) -> Any:
            scopes.append(wanted)
            return type("Token", (), {"token": "identity-token", "expires_on": 4_102_444_800})()

    monkeypatch.setattr(azure.identity, "DefaultAzureCredential", FakeCredential)
    with MockUpstream(plan) as upstream:
        env = {**_azure_env(upstream), "AZURE_ACCESS_TOKEN": ""}
        calls = lambda c: c.call_tool("resource_groups_get", {"resourceGroupName": "rg"})  # noqa: E731
        result = _session(build_server, registry, env, calls)
        records = upstream.take()
    assert not result.is_error, result.content[0].text
    assert scopes == [("https://management.azure.com/.default",)]
    assert records[0].headers["authorization"] == "Bearer identity-token"
    assert records[0].path == "/subscriptions/sub-1/resourcegroups/rg"


def test_a_vsphere_task_is_polled_until_it_succeeds(vcenter: Any) -> None:
    build_server, registry, plan = vcenter
    with MockUpstream(plan) as upstream:
        running = {"status": "RUNNING", "progress": {"total": 100, "completed": 40, "message": "copying"}}
        upstream.queue += [
            (200, {}, b'"task-7"'),  # the ?vmw-task=true operation answers a task id
            (200, {}, json.dumps(running).encode()),
            (200, {}, b'{"status": "SUCCEEDED", "result": "vm-99"}'),
        ]
        progress: list[Any] = []

        async def steps(client: Client) -> Any:
            async def on_progress(value: float, total: float | None, message: str | None) -> None:
                progress.append((value, message))

            spec = {"name": "copy", "source": "vm-1"}
            return await client.call_tool("vm_clone_task", {"request_body": spec}, progress_callback=on_progress)

        result = _session(build_server, registry, _env(upstream), steps)
        records = upstream.take()
    assert not result.is_error, result.content[0].text
    assert result.structured_content == {"status": "SUCCEEDED", "result": "vm-99"}
    assert (records[0].path, records[0].query) == ("/api/vcenter/vm", [("action", "clone"), ("vmw-task", "true")])
    assert [r.path for r in records[1:]] == ["/api/cis/tasks/task-7"] * 2
    assert progress == [(40.0, "task task-7: RUNNING after 1 poll(s)"), (2.0, "task task-7: SUCCEEDED after 2 poll(s)")]


# -- Azure Blob (data plane) --------------------------------------------------------------------------
BLOB_GOLDEN = ROOT / "golden" / "adapter-azure-blob" / "package"


def test_every_curated_blob_tool_matches_the_blob_description() -> None:
    folder = _vendor(AZURE) / "storage/data-plane/Microsoft.BlobStorage/stable/2024-08-04"
    plan = load_plan(BLOB_GOLDEN)
    assert check_fidelity(plan, folder, scheme="shared_key") == []
    assert all(t.binding.fixed_headers == (("x-ms-version", "2024-08-04"),) for t in plan.service.tools)
    assert all(t.binding.security == (("shared_key",), ("sas",)) for t in plan.service.tools)
    upload = next(t for t in plan.service.tools if t.name == "blob_upload")
    assert set(upload.input_schema["required"]) == {"containerName", "blob", "body"}


def test_a_sas_token_travels_in_the_query_when_no_account_key_is_set() -> None:
    sys.path.insert(0, str(BLOB_GOLDEN / "src"))
    try:
        from azure_blob_mcp.app import build_server
        from azure_blob_mcp.server import registry
    finally:
        sys.path.remove(str(BLOB_GOLDEN / "src"))
    plan = load_plan(BLOB_GOLDEN)
    with MockUpstream(plan) as upstream:
        env = {"AZURE_BLOB_BASE_URL": upstream.base_url, "AZURE_BLOB_SAS_TOKEN": "?sv=2024-08-04&sp=rl&sig=abc%2B1"}
        result = _session(build_server, registry, env, lambda c: c.call_tool("blobs_list", {"containerName": "box"}))
        records = upstream.take()
    assert not result.is_error, result.content[0].text
    assert [q for q in records[0].query if q[0] in ("sv", "sp", "sig")] == [
        ("sv", "2024-08-04"),
        ("sp", "rl"),
        ("sig", "abc+1"),
    ]
    assert ("restype", "container") in records[0].query and "authorization" not in records[0].headers
    assert records[0].headers["x-ms-version"] == "2024-08-04"
