"""Drives the server in memory with the MCP client, against a mocked upstream API."""

from __future__ import annotations

import json

import anyio
import httpx
from mcp import Client

from aws_mcp.app import build_server
from aws_mcp.server import registry

BASE_URL = "https://api.test.invalid"
ENV = {
    "AWS_BASE_URL": BASE_URL,
    "AWS_ACCESS_KEY_ID": "test-value",
    "AWS_SECRET_ACCESS_KEY": "test-value",
    "AWS_SESSION_TOKEN": "test-value",
    "AWS_MAX_RETRIES": "0",
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
    assert len(tools) == 8
    assert all(tool.description for tool in tools)
    assert len({tool.name for tool in tools}) == len(tools)


def test_arguments_of_the_wrong_type_are_refused_with_the_field_named():
    async def main():
        async with serve(lambda request: httpx.Response(200, json={})) as client:
            args = '{"arguments": {"Bucket": {"unexpected": ["object"]}, "CopySource": "x", "Key": "x"}, "operation": "s3_copy_object"}'  # noqa: E501
            return await client.call_tool("s3", json.loads(args))

    result = anyio.run(main)
    assert result.is_error
    assert "Bucket" in result.content[0].text
