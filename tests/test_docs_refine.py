"""The optional LLM pass over extracted documentation: wording only, reviewable, never required.

The model is stood in for by a small OpenAI-compatible chat-completions endpoint on 127.0.0.1 that answers
what each test tells it to; the real `openai` client talks to it.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import mcpgen
from mcpgen.cli import main

DOC = """\
# Notes API

The base URL is `https://notes.example.com/api`.

## Create a note

`POST /notes`

Stores a note. The text may use Markdown.

| Field | Type | Required | Description |
|-------|------|----------|-------------|
| text  | string | yes | |
| pinned | boolean | no | Keep it on top. |

## GET /notes/{id}

Fetch one note.
"""


class _Model:
    """What the stand-in model answers, and what it was asked."""

    def __init__(self) -> None:
        self.answer: Any = "{}"
        self.delay = 0.0
        self.requests: list[tuple[dict[str, str], dict[str, Any]]] = []


@pytest.fixture
def model() -> Iterator[tuple[_Model, str]]:
    state = _Model()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
            time.sleep(state.delay)
            answer = state.answer(body) if callable(state.answer) else state.answer
            payload = json.dumps(
                {
                    "id": "cmpl-1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [
                        {"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}
                    ],
                }
            ).encode()
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:
                pass  # the client gave up (timeout test)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _doc(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(DOC, encoding="utf-8")
    return path


def _shape(document: dict[str, Any]) -> Any:
    """Everything but wording: paths, methods, parameter names and places, schemas' types and required lists."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("summary", "description", "x-mcpgen-refined")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(document["paths"])


def test_the_model_rewrites_wording_only_and_marks_what_it_wrote(
    model: tuple[_Model, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state, url = model
    state.answer = lambda body: json.dumps(
        {
            "summary": "Create a note",
            "description": "Stores a new note; its text may use Markdown.",
            "parameters": {
                "text": "The note's text, in Markdown.",
                "pinned": "ignored: already documented",
                "evil": "x",
            },
        }
        if "POST /notes" in body["messages"][1]["content"]
        else {"summary": "Get a note", "parameters": {"id": "The note's identifier." * 40}}
    )
    monkeypatch.setenv("MCPGEN_LLM_API_KEY", "sekret-key")
    doc, out = _doc(tmp_path), tmp_path / "api.yaml"
    plain, _ = mcpgen.extract_openapi(doc)
    result = CliRunner().invoke(
        main, ["ingest", str(doc), "--emit", "openapi", "-o", str(out), "--llm-url", url, "--llm-model", "tiny"]
    )
    assert result.exit_code == 0, result.output
    refined = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert _shape(refined) == _shape(plain)  # nothing but wording changed
    create = refined["paths"]["/notes"]["post"]
    assert create["summary"] == "Create a note"
    assert create["description"] == "Stores a new note; its text may use Markdown."
    assert create["operationId"] == plain["paths"]["/notes"]["post"]["operationId"]  # tool names stay put
    fields = create["requestBody"]["content"]["application/json"]["schema"]["properties"]
    assert fields["text"]["description"] == "The note's text, in Markdown."
    assert fields["pinned"]["description"] == "Keep it on top."  # the document's own words are kept
    assert "evil" not in fields
    assert create["x-mcpgen-refined"] == {
        "model": "tiny",
        "replaced": {"description": "Stores a note. The text may use Markdown."},
        "described": ["text"],
    }
    fetch = refined["paths"]["/notes/{id}"]["get"]
    assert fetch["summary"] == "Get a note"
    assert "description" not in fetch["parameters"][0]  # an over-long answer is not used
    headers, body = state.requests[0]
    assert headers["authorization"] == "Bearer sekret-key"  # the key from the environment...
    assert "sekret-key" not in result.output and "sekret-key" not in out.read_text(encoding="utf-8")  # ...only there
    assert "Stores a note. The text may use Markdown." in body["messages"][1]["content"]  # the passage is sent
    assert body["temperature"] == 0 and len(state.requests) == 2


def test_an_answer_that_is_not_the_json_asked_for_keeps_the_extracted_text(
    model: tuple[_Model, str], tmp_path: Path
) -> None:
    state, url = model
    state.answer = "Sure! Here is a better summary: Create notes."
    plain, _ = mcpgen.extract_openapi(_doc(tmp_path))
    refined, diagnostics = mcpgen.extract_openapi(_doc(tmp_path), llm=mcpgen.LLMOptions(url, "tiny"))
    assert refined == plain
    assert [d.code for d in diagnostics].count("docs-llm-unusable") == 2


def test_an_unreachable_or_hanging_model_is_a_warning_and_bounded(model: tuple[_Model, str], tmp_path: Path) -> None:
    state, url = model
    plain, _ = mcpgen.extract_openapi(_doc(tmp_path))
    closed = "http://127.0.0.1:9/v1"  # the discard port: nothing listens
    refined, diagnostics = mcpgen.extract_openapi(_doc(tmp_path), llm=mcpgen.LLMOptions(closed, "tiny", timeout=2))
    assert refined == plain
    assert [d.code for d in diagnostics if d.code.startswith("docs-llm")] == ["docs-llm-unreachable"]  # stops at once
    state.delay = 3
    started = time.monotonic()
    refined, diagnostics = mcpgen.extract_openapi(_doc(tmp_path), llm=mcpgen.LLMOptions(url, "tiny", timeout=0.5))
    assert refined == plain
    assert "docs-llm-unreachable" in [d.code for d in diagnostics]
    assert time.monotonic() - started < 30  # two attempts of 0.5 s, not the server's pace


def test_the_llm_options_belong_to_emitting_openapi(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(_doc(tmp_path)), "--llm-url", "http://127.0.0.1:9/v1"])
    assert result.exit_code == 2
    assert "--emit openapi" in result.output
