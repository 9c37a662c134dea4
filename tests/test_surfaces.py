"""Tool surfaces and client profiles: what `tools/list` offers, sized for the client, and every
operation still reachable with the same checks.

The discovery golden package (`golden/bookshop-discovery`, built from the bookshop sample with
`specs/bookshop-discovery.mcpgen.yaml`) is driven in memory against a mocked upstream.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from helpers import op, openapi, write_spec
from jsonschema import Draft202012Validator

import mcpgen
from mcpgen.config import BuildConfig
from mcpgen.surface.profiles import NAME_LIMIT, PROFILES

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "golden" / "bookshop-discovery" / "package" / "src"))

from books_discovery_mcp.app import build_server  # noqa: E402
from books_discovery_mcp.server import registry  # noqa: E402
from mcp import Client  # noqa: E402

BOOK_ID = "123e4567-e89b-42d3-a456-426614174000"


def many_operations(count: int, tags: int, name_length: int = 12) -> dict[str, Any]:
    """`count` operations over `tags` tags; operationIds padded to `name_length` characters."""
    paths = {}
    for i in range(count):
        operation_id = f"op{i}_".ljust(name_length, "x")
        paths[f"/things{i}/{{id}}"] = {
            "get": op(operation_id, tags=[f"area{i % tags}"], summary=f"Read thing {i}",
                      parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]),
        }  # fmt: skip
    return openapi(paths)


def plan_of(tmp_path: Path, spec: dict[str, Any], **config: Any) -> mcpgen.BuildResult:
    return mcpgen.build(write_spec(tmp_path, spec), config=BuildConfig(**config), formatter="none")


def test_auto_gives_one_tool_per_operation_when_they_fit_the_profile(tmp_path: Path) -> None:
    surface = plan_of(tmp_path, many_operations(20, 4)).plan.surface
    assert surface is not None and surface.kind == "tools"
    assert len(surface.listed) == 20


def test_auto_groups_operations_when_one_tool_each_is_over_the_tool_cap(tmp_path: Path) -> None:
    result = plan_of(tmp_path, many_operations(150, 10))
    surface = result.plan.surface
    assert surface is not None and surface.kind == "grouped"
    assert [g.title for g in surface.groups] == sorted(f"area{i}" for i in range(10))
    assert sum(len(g.operations) for g in surface.groups) == 150
    assert "150 tools" in surface.reason and "over" in surface.reason
    assert result.plan.size.tools == 10


def test_auto_falls_back_to_discovery_when_the_groups_are_over_the_cap_too(tmp_path: Path) -> None:
    surface = plan_of(tmp_path, many_operations(150, 150)).plan.surface
    assert surface is not None and surface.kind == "discovery"
    assert [t["name"] for t in surface.listed] == [
        "search_operations", "describe_operation", "call_read_operation", "call_operation"]  # fmt: skip


def test_the_cursor_profile_groups_what_the_generic_one_lists(tmp_path: Path) -> None:
    spec = many_operations(60, 3)
    assert plan_of(tmp_path / "g", spec).plan.surface.kind == "tools"  # type: ignore[union-attr]
    cursor = plan_of(tmp_path / "c", spec, profile="cursor").plan.surface
    assert cursor is not None and cursor.kind == "grouped" and len(cursor.listed) == 3


def test_a_surface_asked_for_is_kept_and_said_to_be_over_budget(tmp_path: Path) -> None:
    result = plan_of(tmp_path, many_operations(150, 150), surface="tools")
    assert result.plan.surface.kind == "tools"  # type: ignore[union-attr]
    assert [d.code for d in result.diagnostics if d.code == "surface-over-budget"] == ["surface-over-budget"]


@pytest.mark.parametrize("profile", sorted(PROFILES))
def test_no_name_passes_the_client_limit_once_prefixed(tmp_path: Path, profile: str) -> None:
    spec = many_operations(30, 30, name_length=64)
    result = plan_of(tmp_path, spec, profile=profile, server_key="twelve-chars", surface="tools")
    surface = result.plan.surface
    assert surface is not None
    names = [t.name for t in result.plan.service.tools]
    assert len(set(names)) == 30
    assert all(len(f"mcp__twelve-chars__{n}") <= NAME_LIMIT for n in names)
    notes = [d for d in result.diagnostics if d.code == "name-over-client-limit"]
    assert len(notes) == 1 and "30 tool name(s)" in notes[0].message


def test_a_grouped_tool_lists_its_operations_and_is_as_cautious_as_the_most_dangerous(tmp_path: Path) -> None:
    spec = openapi({"/books/{id}": {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": op("getBook", tags=["books"], summary="Get a book"),
        "delete": op("deleteBook", tags=["books"], summary="Delete a book"),
    }})  # fmt: skip
    surface = plan_of(tmp_path, spec, surface="grouped").plan.surface
    assert surface is not None
    (books,) = surface.listed
    assert books["name"] == "books"
    assert "- getBook: Get a book (requires id)" in books["description"]
    assert "- deleteBook: Delete a book (requires id)" in books["description"]
    assert books["inputSchema"]["properties"]["operation"]["enum"] == ["getBook", "deleteBook"]
    assert books["annotations"]["readOnlyHint"] is False
    assert books["annotations"]["destructiveHint"] is True
    Draft202012Validator.check_schema(books["inputSchema"])


def test_output_schemas_on_the_wire_keep_every_check_and_drop_what_only_documents(tmp_path: Path) -> None:
    long_text = "A very long explanation of the field. " * 10
    schema = {"type": "object", "title": "Root", "required": ["a"], "properties": {
        "a": {"type": "string", "title": "A", "description": long_text, "example": "x", "maxLength": 3,
              "enum": ["x", "yy"]},
        "b": {"type": "integer", "minimum": 0, "description": "short"}}}  # fmt: skip
    spec = openapi({"/a": {"get": op("a", responses={"200": {
        "description": "ok", "content": {"application/json": {"schema": schema}}}})}})  # fmt: skip
    (wire,) = plan_of(tmp_path, spec).plan.surface.listed  # type: ignore[union-attr]
    out = wire["outputSchema"]
    assert out["title"] == "Root"
    assert out["properties"]["a"] == {"type": "string", "maxLength": 3, "enum": ["x", "yy"]}
    assert out["properties"]["b"] == {"type": "integer", "minimum": 0, "description": "short"}
    assert out["required"] == ["a"]


@pytest.mark.parametrize("surface", ["tools", "discovery"])
def test_a_build_writes_the_same_files_as_a_plan_rendered_on_its_own(tmp_path: Path, surface: str) -> None:
    """`generate` shares each tool's wire and JSON text between its plan and its render (`shared_wires`); what
    it writes must be what a plan rendered apart gives, byte for byte, `tools.json` and `operations.json`
    included, with the page sizes the plan measured."""
    from mcpgen.render import generate_files
    from mcpgen.surface.wire import shared_wires, tool_wire

    spec = many_operations(60, 3)
    spec["paths"]["/things0/{id}"]["get"]["summary"] = "Read thing 0 \u00e9t\u00e9"  # bytes are not characters
    config = BuildConfig(surface=surface, page_max_bytes=4_096)
    built = mcpgen.build(write_spec(tmp_path, spec), config=config, formatter="none")
    service, diagnostics = mcpgen.ingest(write_spec(tmp_path / "apart", spec), config)
    apart = mcpgen.plan_build(service, config, diagnostics=diagnostics)
    assert generate_files(apart, formatter="none") == built.files
    assert built.plan.pages == apart.pages and (len(apart.pages) > 1) == (surface == "tools")
    tool = apart.service.tools[0]
    assert tool_wire(tool) is not tool_wire(tool)
    with shared_wires():
        assert tool_wire(tool) is tool_wire(tool)


# -- the discovery golden package, in memory -------------------------------------------------------


def call(tool: str, args: dict[str, Any], handler: Any = None) -> Any:
    seen: list[httpx.Request] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request) if handler else httpx.Response(204)

    env = {"BOOKS_DISCOVERY_BASE_URL": "https://api.test.invalid/v1", "BOOKS_DISCOVERY_USERNAME": "u",
           "BOOKS_DISCOVERY_PASSWORD": "p"}  # fmt: skip
    server = build_server(registry, env=env, transport=httpx.MockTransport(upstream))

    async def main() -> Any:
        with anyio.fail_after(30):
            async with Client(server) as client:
                return await client.call_tool(tool, args)

    return anyio.run(main), seen


def listed_tools() -> list[Any]:
    server = build_server(registry, env={"BOOKS_DISCOVERY_BASE_URL": "https://api.test.invalid/v1"})

    async def main() -> list[Any]:
        async with Client(server) as client:
            return list((await client.list_tools()).tools)

    return anyio.run(main)


def test_the_discovery_surface_lists_four_tools_and_the_pinned_operation_in_a_few_kilobytes() -> None:
    tools = listed_tools()
    assert [t.name for t in tools] == [
        "getBook", "search_operations", "describe_operation", "call_read_operation", "call_operation"]  # fmt: skip
    size = len(json.dumps([t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]))
    assert size < 6_000
    read, write = tools[3], tools[4]
    assert read.annotations.read_only_hint is True and write.annotations.destructive_hint is True


def test_search_finds_an_operation_from_a_task_in_plain_words() -> None:
    result, _ = call("search_operations", {"query": "remove a book from the catalog", "limit": 3})
    assert not result.is_error
    found = result.structured_content["results"]
    assert found[0] == {"name": "deleteBook", "method": "DELETE", "path": "/books/{bookId}",
                        "summary": "Delete a book", "required": ["bookId", "If-Match"]}  # fmt: skip
    assert len(found) == 3


def test_describe_gives_the_operation_schemas_and_an_unknown_name_suggests_close_ones() -> None:
    result, _ = call("describe_operation", {"name": "getBook"})
    assert result.structured_content["inputSchema"]["required"] == ["bookId"]
    assert "outputSchema" in result.structured_content
    wrong, _ = call("describe_operation", {"name": "getBok"})
    assert wrong.is_error
    assert "Did you mean: getBook" in wrong.content[0].text


def test_call_read_operation_refuses_an_operation_that_changes_data_and_sends_nothing() -> None:
    result, seen = call("call_read_operation", {"name": "deleteBook", "arguments": {"bookId": BOOK_ID}})
    assert result.is_error and "call_operation" in result.content[0].text
    assert seen == []


def test_call_operation_goes_through_the_same_validation_and_request_as_a_tool() -> None:
    bad, seen = call("call_operation", {"name": "deleteBook", "arguments": {"bookId": 5, "If-Match": "e1"}})
    assert bad.is_error and "Invalid arguments for deleteBook: bookId" in bad.content[0].text
    assert seen == []
    done, seen = call("call_operation", {"name": "deleteBook", "arguments": {"bookId": BOOK_ID, "If-Match": "e1"}})
    assert not done.is_error, done.content
    assert [(r.method, r.url.path, r.headers["If-Match"]) for r in seen] == [("DELETE", f"/v1/books/{BOOK_ID}", "e1")]


def test_a_path_value_of_dots_is_refused_through_call_operation_too() -> None:
    result, seen = call("call_operation", {"name": "deleteBook", "arguments": {"bookId": "..", "If-Match": "e"}})
    assert result.is_error and seen == []


# -- the openai profile ----------------------------------------------------------------------------


def test_strict_schemas_make_optional_values_nullable_and_free_objects_json_text() -> None:
    from mcpgen.surface.strict import strict_problems, to_strict

    schema = {"type": "object", "required": ["name"], "properties": {
        "name": {"type": "string", "minLength": 1},
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "size": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
        "anything": {}}}  # fmt: skip
    strict = to_strict(schema)
    assert strict_problems(strict) == []
    assert strict["required"] == ["name", "labels", "size", "anything"]
    assert strict["additionalProperties"] is False
    assert strict["properties"]["name"] == {"type": "string", "description": "minLength 1"}
    assert strict["properties"]["labels"]["type"] == ["string", "null"]
    assert "JSON" in strict["properties"]["labels"]["description"]
    assert strict["properties"]["size"]["anyOf"][-1] == {"type": "null"}
    assert strict_problems(schema)  # the original is not strict


def test_a_strict_client_call_is_brought_back_to_the_operations_own_arguments() -> None:
    sys.path.insert(0, str(ROOT / "golden" / "bookshop-openai" / "package" / "src"))
    from books_openai_mcp.app import build_server as build_openai
    from books_openai_mcp.server import registry as openai_registry

    bodies: list[Any] = []

    def upstream(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json={**bodies[-1], "id": BOOK_ID, "createdAt": "2024-01-02T03:04:05Z"})

    env = {"BOOKS_OPENAI_BASE_URL": "https://api.test.invalid/v1", "BOOKS_OPENAI_USERNAME": "u",
           "BOOKS_OPENAI_PASSWORD": "p", "BOOKS_OPENAI_TOKEN": "t", "BOOKS_OPENAI_API_KEY_HEADER": "k"}  # fmt: skip
    server = build_openai(openai_registry, env=env, transport=httpx.MockTransport(upstream))
    args = {"X-Request-Id": None, "title": "Dune", "subtitle": None, "authorId": BOOK_ID, "genre": "fiction",
            "isbn": None, "priceCents": 999, "publishedOn": None, "tags": None, "format": None}  # fmt: skip

    async def main() -> Any:
        with anyio.fail_after(30):
            async with Client(server) as client:
                listed = {t.name: t for t in (await client.list_tools()).tools}
                assert set(listed["createBook"].input_schema["required"]) >= set(args)
                return await client.call_tool("createBook", args)

    result = anyio.run(main)
    assert not result.is_error, result.content
    # nulls the operation accepts (subtitle, publishedOn) stay; the others are left out
    assert bodies == [{"title": "Dune", "subtitle": None, "authorId": BOOK_ID, "genre": "fiction", "priceCents": 999,
                       "publishedOn": None}]  # fmt: skip


def test_a_search_that_matches_nothing_says_so_and_names_the_groups() -> None:
    result, seen = call("search_operations", {"query": "zzyzx quux"})
    assert not result.is_error and not seen
    assert result.structured_content["results"] == []
    hint = result.structured_content["hint"]
    assert "No operation matched" in hint and "books" in hint
