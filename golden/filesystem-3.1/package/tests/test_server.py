"""Drives the server in memory with the MCP client, against a mocked upstream API."""

from __future__ import annotations

import json

import anyio
import httpx
from mcp import Client

from notes_tree_mcp.app import build_server
from notes_tree_mcp.server import registry

BASE_URL = "https://api.test.invalid/api"
ENV = {
    "NOTES_TREE_BASE_URL": BASE_URL,
    "NOTES_TREE_TOKEN": "test-value",
    "NOTES_TREE_MAX_RETRIES": "0",
}


def serve(handler):
    server = build_server(registry, env=ENV, transport=httpx.MockTransport(handler))
    return Client(server)


def test_every_tool_is_listed_with_a_description():
    async def main():
        async with serve(lambda request: httpx.Response(500)) as client:
            tools, cursor = [], None
            while True:
                page = await client.list_tools(cursor=cursor)
                tools.extend(page.tools)
                cursor = page.next_cursor
                if cursor is None:
                    break
        return tools

    tools = anyio.run(main)
    assert len(tools) == 6
    assert all(tool.description for tool in tools)
    assert len({tool.name for tool in tools}) == len(tools)


def test_a_call_reaches_the_api_and_returns_its_answer():
    seen = []

    def upstream(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"access_token": "t", "expires_in": 3600})
        seen.append(request)
        reply = '{"id": "123e4567-e89b-42d3-a456-426614174000", "kind": "file", "name": "x", "path": "x"}'  # noqa: E501
        return httpx.Response(200, json=json.loads(reply))

    async def main():
        async with serve(upstream) as client:
            args = "{}"  # noqa: E501
            return await client.call_tool("getTree", json.loads(args))

    result = anyio.run(main)
    assert not result.is_error, result.content
    assert [r.method for r in seen] == ["GET"]
    path = "/api/tree"  # noqa: E501
    assert seen[0].url.path == path


def test_an_upstream_error_becomes_an_error_result():
    async def main():
        async with serve(lambda request: httpx.Response(503, text="down")) as client:
            args = "{}"  # noqa: E501
            return await client.call_tool("getTree", json.loads(args))

    result = anyio.run(main)
    assert result.is_error
    assert "503" in result.content[0].text


def test_arguments_of_the_wrong_type_are_refused_with_the_field_named():
    async def main():
        async with serve(lambda request: httpx.Response(200, json={})) as client:
            args = '{"root": {"unexpected": ["object"]}}'  # noqa: E501
            return await client.call_tool("getTree", json.loads(args))

    result = anyio.run(main)
    assert result.is_error
    assert "root" in result.content[0].text
