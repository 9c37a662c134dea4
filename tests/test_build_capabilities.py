"""General build capabilities of `mcpgen.yaml` that adapters are made of, on small inline descriptions:
merged sources, service groups, argument trims and defaults, fixed headers, declared auth, placeholder
hosts, plain descriptions; and, in generated servers run against the mock upstream, next-link and token
paging with caps and a continuation argument, and redirects followed only to allowed hosts."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import anyio
import pytest
from helpers import op, openapi, write_spec
from mcp import Client

from mcpgen import api
from mcpgen.config import parse_config
from mcpgen.conformance.runner import load_plan
from mcpgen.conformance.upstream import DOWNLOAD_PATH, MockUpstream


def _list_op(operation_id: str, **extra: Any) -> dict[str, Any]:
    return op(
        operation_id,
        parameters=[
            {"name": "$top", "in": "query", "schema": {"type": "integer"}},
            {"name": "$select", "in": "query", "schema": {"type": "array", "items": {"enum": ["id", "name", "mail"]}}},
            {"name": "ConsistencyLevel", "in": "header", "schema": {"type": "string"}},
        ],
        responses={
            "200": {
                "description": "ok",
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "value": {"type": "array", "items": {"type": "object"}},
                                "@odata.nextLink": {"type": "string"},
                            },
                        }
                    }
                },
            }
        },
        **extra,
    )


PEOPLE = openapi(
    {
        "/people": {"get": _list_op("listPeople", **{"x-ms-pageable": {"nextLinkName": "@odata.nextLink"}})},
        "/people/{id}": {
            "get": op(
                "getPerson",
                parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                description="<p>Gets a {@term person}.</p><p>Second &amp; last, long enough to be cut.</p>",
            ),
            "delete": op(
                "deletePerson",
                parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            ),
        },
        "/accounts/{subscriptionId}/items": {
            "get": op(
                "listItems",
                parameters=[
                    {"name": "subscriptionId", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "kind", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                ],
                responses={
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"items": {"type": "array"}, "next_token": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            ),
        },
        "/files/{id}/content": {
            "get": op(
                "download",
                parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                responses={
                    "200": {
                        "description": "the bytes",
                        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                    }
                },
            ),
        },
    },
    servers=[{"url": "https://{tenant}.example.com/v1"}],
)

OTHER = openapi({"/health": {"get": op("health")}, "/people": {"get": op("listPeople")}}, version="3.1.0")


def _build(tmp_path: Path, config: dict[str, Any], spec: dict[str, Any] = PEOPLE, out: str | None = None) -> Any:
    source = write_spec(tmp_path, spec, "people.yaml")
    return api.build(source, tmp_path / out if out else None, config=parse_config(config))


def _tool(result: Any, name: str) -> Any:
    return next(t for t in result.plan.service.tools if t.name == name)


# -- planning -------------------------------------------------------------------------------------
def test_a_placeholder_host_leaves_the_base_url_to_be_set(tmp_path: Path) -> None:
    result = _build(tmp_path, {})
    assert result.plan.base_url == ""
    assert next(v for v in result.plan.env if v.name.endswith("_BASE_URL")).required
    assert "base-url-placeholder" in {d.code for d in result.diagnostics}


def test_sources_merge_with_ids_and_prefixes_and_selectors_unite(tmp_path: Path) -> None:
    write_spec(tmp_path, PEOPLE, "people.yaml")
    write_spec(tmp_path, OTHER, "other.yaml")
    config = parse_config(
        {
            "title": "Both",
            "base_url": "https://api.example.com",
            "sources": [{"id": "people", "path": "people.yaml"}, {"id": "other", "path": "other.yaml", "prefix": "o_"}],
            "include": [{"operations": ["GET /people/{id}"]}, {"sources": ["other"]}],
        }
    )
    (tmp_path / "mcpgen.yaml").write_text(config.model_dump_json(exclude_unset=True))
    service, _ = api.ingest(None, tmp_path / "mcpgen.yaml")
    assert service.title == "Both" and service.source.path == "people.yaml+other.yaml"
    plan = api.plan_build(service, config)
    assert {(t.name, t.source_id) for t in plan.service.tools} == {
        ("getPerson", "people"),
        ("o_health", "other"),
        ("o_listPeople", "other"),
    }


def test_service_groups_select_and_tag_and_all_takes_every_group(tmp_path: Path) -> None:
    services = {
        "read": {"include": [{"methods": ["GET"], "paths": ["/people/**", "/people"]}]},
        "admin": {"default": False, "include": [{"operations": ["deletePerson"]}]},
    }
    default = _build(tmp_path, {"services": services})
    assert {(t.name, t.service) for t in default.plan.service.tools} == {("listPeople", "read"), ("getPerson", "read")}
    everything = _build(tmp_path, {"services": services, "enable_services": ["all"]})
    assert ("deletePerson", "admin") in {(t.name, t.service) for t in everything.plan.service.tools}


def test_arguments_are_kept_dropped_defaulted_and_fixed_from_the_environment(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {
            "overrides": {
                "listPeople": {"keep_args": ["$top"], "defaults": {"$top": 25}},
                "listItems": {
                    "fixed": {"subscriptionId": {"env": "ACME_SUBSCRIPTION", "description": "Your subscription"}},
                    "defaults": {"kind": "all"},
                },
            },
        },
    )
    people = _tool(result, "listPeople")
    assert set(people.input_schema["properties"]) == {"top", "continuation", "max_pages"}
    assert people.input_schema["properties"]["top"]["default"] == 25
    items = _tool(result, "listItems")
    assert "subscriptionId" not in items.input_schema["properties"]
    assert "required" not in items.input_schema  # `kind` has a default now
    assert next(v for v in result.plan.env if v.name == "ACME_SUBSCRIPTION").description == "Your subscription"
    server = result.files["src/test_mcp/server.py"]
    assert 'api.default("ACME_SUBSCRIPTION", required=True)' in server and 'args.get("kind", "all")' in server


def test_a_required_argument_cannot_be_dropped(tmp_path: Path) -> None:
    result = _build(tmp_path, {"overrides": {"getPerson": {"drop_args": ["id"]}}})
    assert "override-arg-required" in {d.code for d in result.diagnostics} and not result.ok


def test_fixed_headers_replace_header_arguments(tmp_path: Path) -> None:
    result = _build(tmp_path, {"headers": {"ConsistencyLevel": "eventual"}})
    people = _tool(result, "listPeople")
    assert "ConsistencyLevel" not in people.input_schema["properties"]
    assert people.binding.fixed_headers == (("ConsistencyLevel", "eventual"),)


def test_a_declared_session_scheme_secures_every_tool(tmp_path: Path) -> None:
    result = _build(
        tmp_path,
        {
            "auth": {
                "login": {
                    "kind": "session",
                    "location": "header",
                    "param_name": "x-session",
                    "session": {"path": "/session", "logout_path": "/session"},
                }
            },
            "security": [["login"]],
        },
        out="pkg",
    )
    assert all(t.binding.security == (("login",),) for t in result.plan.service.tools)
    assert {"TEST_USERNAME", "TEST_PASSWORD"} <= {v.name for v in result.plan.env}
    assert (tmp_path / "pkg/src/test_mcp/sessions.py").exists()
    assert not (tmp_path / "pkg/src/test_mcp/msal_auth.py").exists()


def test_descriptions_become_plain_text_within_their_caps(tmp_path: Path) -> None:
    result = _build(tmp_path, {"descriptions": {"plain": True, "max_chars": 40}})
    assert _tool(result, "getPerson").description == "Gets a person."
    loose = _build(tmp_path, {"descriptions": {"plain": True}})
    assert _tool(loose, "getPerson").description == "Gets a person.\n\nSecond & last, long enough to be cut."


# -- generated servers: paging and redirects --------------------------------------------------------
@pytest.fixture
def package(tmp_path: Path):
    """Builds PEOPLE with a configuration and imports the package; yields (build_server, registry, plan)."""
    loaded: list[str] = []

    def make(config: dict[str, Any], name: str) -> Any:
        result = _build(tmp_path, {"name": name, **config}, out=name)
        assert result.ok, [d.format() for d in result.diagnostics]
        src = str(tmp_path / name / "src")
        sys.path.insert(0, src)
        loaded.append(src)
        app = importlib.import_module(f"{name.replace('-', '_')}_mcp.app")
        server = importlib.import_module(f"{name.replace('-', '_')}_mcp.server")
        return app.build_server, server.registry, load_plan(tmp_path / name)

    yield make
    for src in loaded:
        sys.path.remove(src)


def _calls(build_server: Any, registry: Any, env: dict[str, str], calls: list[tuple[str, dict[str, Any]]]) -> Any:
    server = build_server(registry, env=env)

    async def main() -> list[Any]:
        with anyio.fail_after(60):
            async with Client(server) as client:
                return [await client.call_tool(name, args) for name, args in calls]

    return anyio.run(main)


def test_next_link_pages_are_joined_within_the_caps_and_resume_from_the_continuation(package: Any) -> None:
    paging = {"style": "next_link", "items": "value", "next": "@odata.nextLink", "max_pages": 3, "max_items": 100}
    build_server, registry, plan = package({"overrides": {"listPeople": {"pagination": paging}}}, "paged")
    with MockUpstream(plan) as upstream:
        upstream.pages, upstream.page_size = 5, 2
        env = {"PAGED_BASE_URL": upstream.base_url}
        (first,) = _calls(build_server, registry, env, [("listPeople", {"top": 2})])
        data = first.structured_content
        assert [i["id"] for i in data["value"]] == ["p0-0", "p0-1", "p1-0", "p1-1", "p2-0", "p2-1"]
        assert "@odata.nextLink" not in data and "__page=3" in data["continuation"]
        records = upstream.take()
        assert len(records) == 3 and all(("$top", "2") in r.query for r in records)
        (rest,) = _calls(build_server, registry, env, [("listPeople", {"continuation": data["continuation"]})])
        assert [i["id"] for i in rest.structured_content["value"]] == ["p3-0", "p3-1", "p4-0", "p4-1"]
        assert rest.structured_content["continuation"] is None
        (one,) = _calls(build_server, registry, env, [("listPeople", {"max_pages": 1})])
        assert len(one.structured_content["value"]) == 2 and one.structured_content["continuation"]


def test_the_item_cap_stops_before_a_page_that_would_pass_it(package: Any) -> None:
    paging = {"style": "next_link", "max_pages": 10, "max_items": 5}
    build_server, registry, plan = package({"overrides": {"listPeople": {"pagination": paging}}}, "capped")
    with MockUpstream(plan) as upstream:
        upstream.pages, upstream.page_size = 6, 2
        (result,) = _calls(build_server, registry, {"CAPPED_BASE_URL": upstream.base_url}, [("listPeople", {})])
    assert [i["id"] for i in result.structured_content["value"]] == ["p0-0", "p0-1", "p1-0", "p1-1"]
    assert "__page=2" in result.structured_content["continuation"]


def test_a_continuation_to_another_origin_is_refused(package: Any) -> None:
    build_server, registry, plan = package({}, "guarded")
    with MockUpstream(plan) as upstream:
        env = {"GUARDED_BASE_URL": upstream.base_url}
        (result,) = _calls(build_server, registry, env, [("listPeople", {"continuation": "https://evil.example/p"})])
        assert result.is_error and "origin" in result.content[0].text and upstream.take() == []


def test_token_pages_send_the_token_back_in_their_query_parameter(package: Any) -> None:
    paging = {"style": "token", "items": "items", "next": "next_token", "token_param": "page_token", "max_pages": 5}
    config = {"overrides": {"listItems": {"pagination": paging, "fixed": {"subscriptionId": "s1", "kind": "k"}}}}
    build_server, registry, plan = package(config, "tokens")
    with MockUpstream(plan) as upstream:
        upstream.pages, upstream.page_size = 3, 1
        (result,) = _calls(build_server, registry, {"TOKENS_BASE_URL": upstream.base_url}, [("listItems", {})])
        assert [i["id"] for i in result.structured_content["items"]] == ["p0-0", "p1-0", "p2-0"]
        queries = [r.query for r in upstream.take()]
    assert queries == [[("kind", "k")], [("kind", "k"), ("page_token", "1")], [("kind", "k"), ("page_token", "2")]]


def test_redirects_are_followed_only_to_allowed_hosts_without_credentials(package: Any) -> None:
    config = {
        "follow_redirects": ["127.0.0.1"],
        "auth": {"key": {"kind": "api_key", "location": "header", "param_name": "X-Key"}},
        "security": [["key"]],
    }
    build_server, registry, plan = package(config, "redirects")
    with MockUpstream(plan) as upstream:
        env = {"REDIRECTS_BASE_URL": upstream.base_url, "REDIRECTS_API_KEY": "k-1"}
        upstream.queue.append((302, {"Location": upstream.origin + DOWNLOAD_PATH}, b""))
        upstream.queue.append((302, {"Location": "https://elsewhere.example/file"}, b""))
        followed, refused = _calls(
            build_server, registry, env, [("download", {"id": "f1"}), ("download", {"id": "f2"})]
        )
    assert not followed.is_error
    assert followed.content[0].resource.blob == "bW9jayBkb3dubG9hZAo="  # "mock download\n"
    assert refused.is_error and "302" in refused.content[0].text


def test_without_an_allow_list_a_redirect_is_not_followed(package: Any) -> None:
    build_server, registry, plan = package({}, "noredirect")
    with MockUpstream(plan) as upstream:
        upstream.queue.append((302, {"Location": upstream.origin + DOWNLOAD_PATH}, b""))
        (result,) = _calls(
            build_server, registry, {"NOREDIRECT_BASE_URL": upstream.base_url}, [("download", {"id": "f"})]
        )
    assert result.is_error and "302" in result.content[0].text


def test_the_command_line_builds_from_a_configuration_s_sources(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from mcpgen.cli import main

    write_spec(tmp_path, PEOPLE, "people.yaml")
    write_spec(tmp_path, OTHER, "other.yaml")
    config = tmp_path / "mcpgen.yaml"
    config.write_text(
        "name: both\nbase_url: https://api.example.com\n"
        "sources: [{id: people, path: people.yaml}, {id: other, path: other.yaml, prefix: o_}]\n"
    )
    runner = CliRunner()
    built = runner.invoke(main, ["build", "-c", str(config), "-o", str(tmp_path / "out"), "-q"])
    assert built.exit_code == 0, built.output
    tools = (tmp_path / "out" / "src" / "both_mcp" / "tools.json").read_text()
    assert '"name":"o_health"' in tools and '"name":"getPerson"' in tools
    missing = runner.invoke(main, ["build", "-o", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "sources" in missing.output


def test_the_mock_upstream_prints_no_traceback_when_a_server_hangs_up(package: Any, capsys: Any) -> None:
    """A server under test that hangs up before the mock answers (its own upstream timeout) is reported from the
    client side; the mock's HTTP server prints no traceback for the broken pipe, but still prints a real defect."""
    _, _, plan = package({}, "hangup")
    with MockUpstream(plan) as upstream:
        server = upstream._server
        assert server is not None
        for error in (BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset by peer")):
            try:
                raise error
            except ConnectionError:
                server.handle_error(None, ("127.0.0.1", 1))
        assert capsys.readouterr().err == ""
        try:
            raise ValueError("a defect in the mock")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
        assert "ValueError: a defect in the mock" in capsys.readouterr().err
