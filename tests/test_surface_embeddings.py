"""The optional embedding ranking of a discovery server's search (`semantic.py`): used only when the
operator sets `<PREFIX>_EMBEDDINGS_URL` and `_MODEL`, fused with the lexical ranking, and never able to
break search.

The discovery golden package (`golden/bookshop-discovery`, from `specs/bookshop-3.0.yaml` with
`specs/bookshop-discovery.mcpgen.yaml`) is driven in memory, as in test_surfaces.py, against `Stub`: a
small OpenAI-compatible `/v1/embeddings` server on 127.0.0.1 that stands in for an external embeddings
service.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import anyio
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "golden" / "bookshop-discovery" / "package" / "src"))

from books_discovery_mcp import semantic  # noqa: E402
from books_discovery_mcp.app import build_server  # noqa: E402
from books_discovery_mcp.server import registry  # noqa: E402
from mcp import Client  # noqa: E402

from mcpgen.plan import EMBEDDINGS_WEIGHT  # noqa: E402

KEY = "sk-test-very-secret-key"
MODEL = "test-model"
QUERY = "remove a book from the catalog"
DIM = 64


def bag_of_words(text: str) -> list[float]:
    """A deterministic vector: each word adds 1 at a position its hash picks."""
    vector = [0.0] * DIM
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        vector[int(hashlib.sha256(word.encode()).hexdigest(), 16) % DIM] += 1.0
    return vector


class Stub:
    """An OpenAI-compatible embeddings endpoint on 127.0.0.1 (standing in for an external service):
    `mode` is `ok`, `error` (HTTP 500), `hang` (answers only when the test ends) or `malformed`;
    every request is recorded."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.vector: Callable[[str], list[float]] = bag_of_words
        self.requests: list[dict[str, Any]] = []
        self.release = threading.Event()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                if stub.mode == "hang":
                    stub.release.wait(10)
                if stub.mode == "error":
                    self.reply(500, b'{"error": {"message": "overloaded"}}')
                elif stub.mode == "malformed":
                    self.reply(200, b'{"data": [{"embedding": "not numbers"}]')
                else:
                    data = [{"object": "embedding", "index": i, "embedding": stub.vector(t)}
                            for i, t in enumerate(body["input"])]  # fmt: skip
                    self.reply(200, json.dumps({"object": "list", "data": data, "model": body["model"]}).encode())

            def reply(self, status: int, data: bytes) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up (timeout)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=10)


@pytest.fixture
def stub() -> Iterator[Stub]:
    server = Stub()
    try:
        yield server
    finally:
        server.close()


def environment(stub: Stub, cache: Path, **extra: str) -> dict[str, str]:
    return {
        "BOOKS_DISCOVERY_BASE_URL": "https://api.test.invalid/v1",
        "BOOKS_DISCOVERY_EMBEDDINGS_URL": stub.url,
        "BOOKS_DISCOVERY_EMBEDDINGS_MODEL": MODEL,
        "BOOKS_DISCOVERY_EMBEDDINGS_API_KEY": KEY,
        "XDG_CACHE_HOME": str(cache),
        **extra,
    }


def searches(env: dict[str, str], *calls: dict[str, Any]) -> list[list[str]]:
    """The names each search_operations call finds, through one server (one process's life)."""
    server = build_server(registry, env=env)

    async def main() -> list[list[str]]:
        found = []
        with anyio.fail_after(30):
            async with Client(server) as client:
                for args in calls:
                    result = await client.call_tool("search_operations", args)
                    assert not result.is_error, result.content
                    found.append([r["name"] for r in result.structured_content["results"]])
        return found

    return anyio.run(main)


def lexical(*calls: dict[str, Any]) -> list[list[str]]:
    return searches({"BOOKS_DISCOVERY_BASE_URL": "https://api.test.invalid/v1"}, *calls)


def agrees_with_list_books(text: str) -> list[float]:
    """Embeddings that disagree with the lexical order: the query and `listBooks` point one way,
    every other operation another."""
    same = text == QUERY or text.startswith("List books")
    return [1.0, 0.0] if same else [0.0, 1.0]


def test_embeddings_that_disagree_with_the_lexical_order_change_the_ranking(stub: Stub, tmp_path: Path) -> None:
    (plain,) = lexical({"query": QUERY, "limit": 3})
    assert plain[0] == "deleteBook"
    stub.vector = agrees_with_list_books
    env = environment(stub, tmp_path, BOOKS_DISCOVERY_EMBEDDINGS_WEIGHT="0.6")
    (fused,) = searches(env, {"query": QUERY, "limit": 3})
    assert fused[0] == "listBooks"
    assert "deleteBook" in fused and len(fused) == 3


def test_with_weight_zero_the_fused_ranking_is_the_lexical_one(stub: Stub, tmp_path: Path) -> None:
    stub.vector = agrees_with_list_books
    env = environment(stub, tmp_path, BOOKS_DISCOVERY_EMBEDDINGS_WEIGHT="0")
    query = {"query": QUERY, "limit": 5}
    assert searches(env, query) == lexical(query)


def test_a_group_restriction_holds_whatever_the_embeddings_prefer(stub: Stub, tmp_path: Path) -> None:
    stub.vector = agrees_with_list_books
    env = environment(stub, tmp_path, BOOKS_DISCOVERY_EMBEDDINGS_WEIGHT="0.9")
    (found,) = searches(env, {"query": QUERY, "limit": 5, "group": "covers"})
    package = ROOT / "golden" / "bookshop-discovery" / "package" / "src" / "books_discovery_mcp"
    operations = json.loads((package / "operations.json").read_text(encoding="utf-8"))
    names = [w["name"] for w in operations["operations"]]
    covers = {names[i] for i, r in enumerate(operations["routes"]) if r["group"] == "covers"}
    assert found and set(found) <= covers


def test_requests_follow_the_openai_format_in_batches_with_the_bearer_key(
    stub: Stub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "BATCH", 4)
    searches(environment(stub, tmp_path), {"query": QUERY})
    operations, query = stub.requests[:-1], stub.requests[-1]
    assert [len(r["body"]["input"]) for r in operations] == [4, 4, 3]  # the bookshop's 11 operations
    for request in stub.requests:
        assert request["path"] == "/v1/embeddings"
        assert request["headers"]["Authorization"] == f"Bearer {KEY}"
        assert request["headers"]["Content-Type"] == "application/json"
        assert set(request["body"]) == {"model", "input"} and request["body"]["model"] == MODEL
    assert query["body"]["input"] == [QUERY]
    first = operations[0]["body"]["input"][0]
    assert first.startswith("List books in the catalog. GET books. list Books.")


def test_no_key_means_no_authorization_header(stub: Stub, tmp_path: Path) -> None:
    env = environment(stub, tmp_path)
    del env["BOOKS_DISCOVERY_EMBEDDINGS_API_KEY"]
    searches(env, {"query": QUERY})
    assert all("Authorization" not in r["headers"] for r in stub.requests)


@pytest.mark.parametrize("mode", ["error", "hang", "malformed"])
def test_a_failing_endpoint_leaves_the_lexical_results_and_one_warning_without_the_key(
    stub: Stub, tmp_path: Path, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    calls = ({"query": QUERY, "limit": 5}, {"query": "upload a cover picture", "limit": 5})
    expected = lexical(*calls)
    stub.mode = mode
    env = environment(stub, tmp_path, BOOKS_DISCOVERY_EMBEDDINGS_TIMEOUT="0.5")
    with caplog.at_level(logging.DEBUG):
        assert searches(env, *calls) == expected
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and "embeddings" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "lexical" in warnings[0].getMessage()
    assert KEY not in caplog.text
    assert len(stub.requests) == 1  # a failed endpoint is left alone for a while, not asked on every search


def test_a_query_vector_of_another_size_leaves_the_lexical_results(stub: Stub, tmp_path: Path) -> None:
    stub.vector = lambda text: [1.0, 0.0, 0.0] if text == QUERY else bag_of_words(text)
    query = {"query": QUERY, "limit": 5}
    assert searches(environment(stub, tmp_path), query) == lexical(query)


def test_a_slow_endpoint_is_asked_a_batch_a_search_and_search_stays_lexical_meanwhile(
    stub: Stub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(semantic, "BATCH", 4)
    monkeypatch.setattr(semantic, "BUDGET", 0.0)  # one batch per search
    stub.vector = agrees_with_list_books
    env = environment(stub, tmp_path, BOOKS_DISCOVERY_EMBEDDINGS_WEIGHT="0.6")
    with caplog.at_level(logging.INFO):
        found = searches(env, *[{"query": QUERY, "limit": 3}] * 4)
    assert [f[0] for f in found] == ["deleteBook", "deleteBook", "listBooks", "listBooks"]
    assert [len(r["body"]["input"]) for r in stub.requests] == [4, 4, 3, 1, 1]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert "embeddings of 4 of 11 operations so far" in caplog.text


def test_operation_vectors_are_cached_on_disk_and_reused_after_a_restart(stub: Stub, tmp_path: Path) -> None:
    env = environment(stub, tmp_path)
    first = searches(env, {"query": QUERY})
    assert len(stub.requests) == 2  # the operations (one batch), then the query
    (cached,) = (tmp_path / "books-discovery-mcp").glob(f"embeddings-{MODEL}-*.f32")
    assert cached.stat().st_size == 11 * DIM * 4
    again = searches(env, {"query": QUERY}, {"query": "upload a cover"})
    assert again[0] == first[0]
    assert [r["body"]["input"] for r in stub.requests[2:]] == [[QUERY], ["upload a cover"]]


def test_a_changed_model_does_not_reuse_another_models_cache(stub: Stub, tmp_path: Path) -> None:
    searches(environment(stub, tmp_path), {"query": QUERY})
    searches(environment(stub, tmp_path, BOOKS_DISCOVERY_EMBEDDINGS_MODEL="other"), {"query": QUERY})
    assert [len(r["body"]["input"]) for r in stub.requests] == [11, 1, 11, 1]


def test_without_a_model_the_url_alone_does_not_switch_embeddings_on(stub: Stub, tmp_path: Path) -> None:
    env = environment(stub, tmp_path)
    del env["BOOKS_DISCOVERY_EMBEDDINGS_MODEL"]
    query = {"query": QUERY, "limit": 5}
    assert searches(env, query) == lexical(query)
    assert stub.requests == []


def test_fusion_takes_both_rankings_top_and_weighs_normalised_scores() -> None:
    lexical_ranking = [(0, 10.0), (1, 5.0)]
    similarity = [0.0, 0.2, 0.9, 0.1]
    fused = semantic.fuse(lexical_ranking, similarity, 0.5, 4, depth=2)
    assert [d for d, _ in fused] == [0, 2, 1]  # 3 is in neither top 2
    assert fused[0][1] == pytest.approx(0.5) and fused[1][1] == pytest.approx(0.45)
    assert [d for d, _ in semantic.fuse(lexical_ranking, similarity, 0.5, 4, allowed=[1, 3])] == [1, 3]


@pytest.mark.parametrize(
    ("answer", "count"),
    [({}, 1), ({"data": []}, 1), ({"data": [{"embedding": [1, "x"]}]}, 1), ({"data": [{"embedding": [math.nan]}]}, 1),
     ({"data": [{"embedding": [1.0]}, {"embedding": [1.0, 2.0]}]}, 2), ([1, 2], 2), ({"data": [{"embedding": []}]}, 1)],
)  # fmt: skip
def test_answers_that_are_not_one_vector_per_input_are_refused(answer: Any, count: int) -> None:
    with pytest.raises(ValueError):
        semantic.parse_embeddings(answer, count)


def test_the_documented_default_weight_is_the_servers() -> None:
    assert float(EMBEDDINGS_WEIGHT) == semantic.DEFAULT_WEIGHT
