"""What a generated server does at run time, driven in memory against a mocked upstream API.

The golden bookshop package (every parameter location, body encoding and auth scheme) is imported from
`golden/`, so these tests exercise exactly the code users get.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPDeprecationWarning, MCPError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "golden" / "bookshop-3.0" / "package" / "src"))

from bookshop_mcp.app import build_server
from bookshop_mcp.server import registry

BASE = "https://api.test.invalid/v1"
BOOK_ID = "123e4567-e89b-42d3-a456-426614174000"
BOOK = {"id": BOOK_ID, "title": "Dune", "authorId": BOOK_ID, "genre": "fiction", "priceCents": 999,
        "createdAt": "2024-01-02T03:04:05Z"}  # fmt: skip
Handler = Callable[[httpx.Request], httpx.Response]


def call(handler: Handler, tool: str, args: dict[str, Any], env: dict[str, str] | None = None):
    environment = {"BOOKSHOP_BASE_URL": BASE, "BOOKSHOP_MAX_RETRIES": "2", **(env or {})}
    server = build_server(registry, env=environment, transport=httpx.MockTransport(handler))

    async def main():
        with anyio.fail_after(30):
            async with Client(server) as client:
                return await client.call_tool(tool, args)

    return anyio.run(main)


class Recorder:
    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]


KEY = {"BOOKSHOP_API_KEY_HEADER": "k-123"}


def test_a_json_object_answer_becomes_structured_content_with_a_text_mirror() -> None:
    upstream = Recorder(httpx.Response(200, json=BOOK))
    result = call(upstream, "getBook", {"bookId": BOOK_ID}, KEY)
    assert not result.is_error
    assert result.structured_content == BOOK
    assert json.loads(result.content[0].text) == BOOK
    request = upstream.requests[0]
    assert (request.method, request.url.path) == ("GET", f"/v1/books/{BOOK_ID}")
    assert request.headers["X-API-Key"] == "k-123"


def test_path_values_are_percent_encoded_and_cannot_change_the_path() -> None:
    upstream = Recorder(httpx.Response(404, json={"message": "no"}))
    call(upstream, "get_books_by_bookId_cover", {"bookId": "a/b?x=1#f\\c d\u00e9"}, KEY)
    assert upstream.requests[0].url.raw_path == b"/v1/books/a%2Fb%3Fx%3D1%23f%5Cc%20d%C3%A9/cover"


@pytest.mark.parametrize("value", ["..", ".", "../../admin", "%2e%2E", "..%2f..", "..\\..", "..;x", " ... "])
def test_a_path_value_that_would_make_a_dot_segment_is_refused_naming_the_parameter(value: str) -> None:
    upstream = Recorder(httpx.Response(204))
    result = call(upstream, "deleteBook", {"bookId": value, "If-Match": "v1"}, {"BOOKSHOP_USERNAME": "u"})
    assert result.is_error
    assert "refused: path parameter 'bookId'" in result.content[0].text
    assert upstream.requests == []


def test_query_styles_headers_and_cookies_are_serialized_as_described() -> None:
    upstream = Recorder(httpx.Response(200, json={"items": [], "total": 0}))
    args = {"tags": ["a", "b"], "filter": {"minPrice": 5}, "limit": 3, "X-Request-Id": "r1", "session_hint": "s"}
    call(upstream, "listBooks", args, {"BOOKSHOP_TOKEN": "tok"})
    request = upstream.requests[0]
    assert request.url.params.get_list("tags") == ["a,b"]
    assert request.url.params["filter[minPrice]"] == "5"
    assert request.url.params["limit"] == "3"
    assert request.headers["X-Request-Id"] == "r1"
    assert request.headers["Cookie"] == "session_hint=s"
    assert request.headers["Authorization"] == "Bearer tok"


def test_an_empty_list_or_map_in_the_query_is_not_sent() -> None:
    """RFC 6570, which OpenAPI's styles follow: an empty list or map is undefined. `tags=` (a comma-joined empty
    list) would be one empty tag, which Graph's `$select` enum refuses."""
    upstream = Recorder(httpx.Response(200, json={"items": [], "total": 0}))
    call(upstream, "listBooks", {"tags": [], "filter": {}, "limit": 3}, {"BOOKSHOP_TOKEN": "tok"})
    assert dict(upstream.requests[0].url.params) == {"limit": "3"}


def test_arguments_that_break_the_schema_give_an_error_result_naming_the_field() -> None:
    upstream = Recorder(httpx.Response(200, json=BOOK))
    result = call(upstream, "getBook", {"bookId": 42}, KEY)
    assert result.is_error
    assert "bookId" in result.content[0].text
    assert upstream.requests == []


def test_an_unknown_tool_is_a_protocol_error() -> None:
    idle = httpx.MockTransport(Recorder(httpx.Response(200)))
    server = build_server(registry, env={"BOOKSHOP_BASE_URL": BASE}, transport=idle)

    async def main() -> MCPError | None:
        async with Client(server) as client:
            try:
                await client.call_tool("noSuchTool", {})
            except MCPError as exc:
                return exc
        return None

    error = anyio.run(main)
    assert error is not None and "Unknown tool: noSuchTool" in error.message


def test_upstream_errors_become_error_results_with_status_and_body() -> None:
    upstream = Recorder(httpx.Response(409, json={"message": "conflict here"}))
    result = call(upstream, "getBook", {"bookId": BOOK_ID}, KEY)
    assert result.is_error
    assert "HTTP 409" in result.content[0].text and "conflict here" in result.content[0].text


def test_malformed_json_from_the_api_is_an_error_result() -> None:
    bad = httpx.Response(200, content=b"{not json", headers={"Content-Type": "application/json"})
    result = call(Recorder(bad), "getBook", {"bookId": BOOK_ID}, KEY)
    assert result.is_error and "malformed JSON" in result.content[0].text


def test_an_answer_that_breaks_the_output_schema_is_an_error_result() -> None:
    result = call(Recorder(httpx.Response(200, json={"title": 5})), "getBook", {"bookId": BOOK_ID}, KEY)
    assert result.is_error and "does not match its schema" in result.content[0].text


ANSWERS = [httpx.Response(204), httpx.Response(200, text="done", headers={"Content-Type": "text/plain"}),
           httpx.Response(200, json=[BOOK])]  # fmt: skip


@pytest.mark.parametrize("answer", ANSWERS, ids=["no-content", "text", "a-list"])
def test_an_answer_that_cannot_fill_the_declared_output_schema_is_an_error_result_keeping_it(answer: Any) -> None:
    """MCP requires a tool with an output schema to return structured content (the SDK's client refuses the
    call otherwise): an API answering no JSON object where its description promises one gives an error
    result that keeps the answer and says the request itself succeeded."""
    result = call(Recorder(answer), "getBook", {"bookId": BOOK_ID}, KEY)
    text = " ".join(c.text for c in result.content)
    assert result.is_error and result.structured_content is None
    assert "request succeeded" in text and "not the JSON object its description promises" in text
    if answer.status_code == 200:
        assert ("Dune" if answer.headers["Content-Type"] == "application/json" else "done") in text


def test_idempotent_calls_are_retried_after_retry_after_and_posts_are_not() -> None:
    busy = httpx.Response(503, headers={"Retry-After": "0"})
    upstream = Recorder(busy, httpx.Response(200, json=BOOK))
    assert not call(upstream, "getBook", {"bookId": BOOK_ID}, KEY).is_error
    assert len(upstream.requests) == 2
    posting = Recorder(httpx.Response(503, headers={"Retry-After": "0"}))
    form = {"email": "a@example.com"}
    result = call(posting, "subscribeNewsletter", form, {"BOOKSHOP_API_KEY_QUERY": "q"})
    assert result.is_error and len(posting.requests) == 1


def test_an_api_that_does_not_answer_gives_an_error_result() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    result = call(hang, "getBook", {"bookId": BOOK_ID}, {**KEY, "BOOKSHOP_MAX_RETRIES": "0"})
    assert result.is_error and "did not answer in time" in result.content[0].text


def test_missing_credentials_are_named_before_anything_is_sent() -> None:
    upstream = Recorder(httpx.Response(200, json=BOOK))
    result = call(upstream, "getBook", {"bookId": BOOK_ID})
    assert result.is_error
    assert "BOOKSHOP_API_KEY_HEADER" in result.content[0].text and "BOOKSHOP_TOKEN" in result.content[0].text
    assert upstream.requests == []


def test_oauth2_client_credentials_token_is_fetched_once_and_refreshed_after_401() -> None:
    tokens = iter(["t1", "t2"])
    seen: list[tuple[str, str]] = []
    first = True

    def upstream(request: httpx.Request) -> httpx.Response:
        nonlocal first
        if request.url.host == "auth.bookshop.example":
            body = dict(x.split("=") for x in request.content.decode().split("&"))
            assert body["grant_type"] == "client_credentials"
            assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"cid:secret").decode()
            return httpx.Response(200, json={"access_token": next(tokens), "expires_in": 3600})
        seen.append((request.method, request.headers["Authorization"]))
        if first:
            first = False
            return httpx.Response(401)
        return httpx.Response(200, json=BOOK)

    env = {"BOOKSHOP_CLIENT_ID": "cid", "BOOKSHOP_CLIENT_SECRET": "secret"}
    update = {k: v for k, v in BOOK.items() if k not in ("id", "createdAt")}
    result = call(upstream, "updateBook", {"bookId": BOOK_ID, **update}, env)
    assert not result.is_error, result.content
    assert seen == [("PUT", "Bearer t1"), ("PUT", "Bearer t2")]


def test_basic_auth_and_required_headers_reach_the_api() -> None:
    upstream = Recorder(httpx.Response(204))
    env = {"BOOKSHOP_USERNAME": "ann", "BOOKSHOP_PASSWORD": "pw"}
    result = call(upstream, "deleteBook", {"bookId": BOOK_ID, "If-Match": "v1"}, env)
    assert not result.is_error and "no content" in result.content[0].text
    request = upstream.requests[0]
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"ann:pw").decode()
    assert request.headers["If-Match"] == "v1"


def test_multipart_uploads_decode_base64_files() -> None:
    upstream = Recorder(httpx.Response(202, json={"jobId": BOOK_ID, "status": "queued"}))
    env = {"BOOKSHOP_CLIENT_ID": "cid", "BOOKSHOP_CLIENT_SECRET": "s"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "auth.bookshop.example":
            return httpx.Response(200, json={"access_token": "t", "expires_in": 60})
        return upstream(request)

    data = base64.b64encode(b"title,author\nDune,Herbert\n").decode()
    call(handler, "importCatalog", {"file": data, "format": "csv", "dryRun": True}, env)
    request = upstream.requests[0]
    assert request.headers["Content-Type"].startswith("multipart/form-data")
    body = request.content
    assert b"Dune,Herbert" in body and b'name="format"' in body and b"true" in body


def test_form_bodies_and_query_api_keys() -> None:
    upstream = Recorder(httpx.Response(201, json={"id": BOOK_ID, "email": "a@example.com"}))
    call(upstream, "subscribeNewsletter", {"email": "a@example.com", "genres": ["poetry"]},
         {"BOOKSHOP_API_KEY_QUERY": "qk"})  # fmt: skip
    request = upstream.requests[0]
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert b"email=a%40example.com" in request.content
    assert request.url.params["api_key"] == "qk"


def test_images_and_text_answers_keep_their_kind() -> None:
    png = b"\x89PNG\r\n\x1a\nrest"
    image = call(Recorder(httpx.Response(200, content=png, headers={"Content-Type": "image/png"})),
                 "get_books_by_bookId_cover", {"bookId": BOOK_ID}, KEY)  # fmt: skip
    assert image.content[0].type == "image" and base64.b64decode(image.content[0].data) == png
    text = call(Recorder(httpx.Response(200, text="id,title\n", headers={"Content-Type": "text/csv"})),
                "export_catalog_csv", {})  # fmt: skip
    assert text.content[0].text == "id,title\n" and not text.is_error


def test_a_base_url_on_another_origin_cannot_be_reached_through_a_path() -> None:
    upstream = Recorder(httpx.Response(200, json=BOOK))
    call(upstream, "getBook", {"bookId": "@evil.example"}, KEY)
    assert upstream.requests[0].url.host == "api.test.invalid"


def test_ping_answers_an_empty_result_and_logging_level_can_be_set() -> None:
    idle = httpx.MockTransport(Recorder(httpx.Response(200)))
    server = build_server(registry, env={"BOOKSHOP_BASE_URL": BASE}, transport=idle)

    async def main():
        async with Client(server, mode="legacy") as client:
            with pytest.warns(MCPDeprecationWarning, match="removed as of 2026-07-28"):
                ping = await client.send_ping()
            with pytest.warns(MCPDeprecationWarning):
                level = await client.set_logging_level("debug")
            return ping, level, client.server_info

    ping, level, info = anyio.run(main)
    assert ping.model_dump(exclude_none=True) == {}
    assert level is not None
    assert (info.name, info.version) == ("bookshop-mcp", "1.4.0")


def test_a_value_the_http_stack_cannot_send_gives_an_error_result_not_a_crash() -> None:
    upstream = Recorder(httpx.Response(200, json={"items": [], "total": 0}))
    result = call(upstream, "listBooks", {"X-Request-Id": "caf\u00e9 \u2713"}, {"BOOKSHOP_TOKEN": "t"})
    assert result.is_error
    assert "listBooks failed: UnicodeEncodeError" in result.content[0].text
    assert upstream.requests == []


def test_arguments_nested_past_the_configured_depth_give_an_error_result_naming_the_variable() -> None:
    upstream = Recorder(httpx.Response(200, json=[]))
    env = {"BOOKSHOP_TOKEN": "t", "BOOKSHOP_MAX_DEPTH": "2"}
    assert not call(upstream, "listBooks", {"filter": {"minPriceCents": 5}}, env).is_error
    result = call(upstream, "listBooks", {"tags": [["deep"]], "limit": 3}, env)
    assert result.is_error
    assert result.content[0].text == (
        "Invalid arguments for listBooks: tags: objects and arrays nested deeper than 2 levels "
        "(the limit, set by BOOKSHOP_MAX_DEPTH)"
    )
    assert len(upstream.requests) == 1


def test_an_answer_nested_past_the_depth_limit_is_an_error_result_not_a_protocol_error() -> None:
    deep: Any = BOOK
    for _ in range(100):
        deep = {"k": deep}
    result = call(Recorder(httpx.Response(200, json=deep)), "getBook", {"bookId": BOOK_ID}, KEY)
    assert result.is_error and "k: nested deeper than 64 levels" in result.content[0].text
    unreadable = ('{"k":' * 5000 + "1" + "}" * 5000).encode()
    answer = httpx.Response(200, content=unreadable, headers={"Content-Type": "application/json"})
    result = call(Recorder(answer), "getBook", {"bookId": BOOK_ID}, KEY)
    assert result.is_error and "nested too deeply to read from GET /v1/books/" in result.content[0].text
