"""Inline JSON objects in a paragraph naming several requests, in the sixty-second registry batch
(benchmarks/docs/registry_truth): "`POST /drafts` opens a draft. `POST /drafts/send` sends it at once. Both accept
`{...}`. `POST /drafts/act` accepts `{...}`." gives the first object to the two requests "both" stands for and the
second to the one its sentence names, not every object to the request owning the section. A generic API command
of a command-line client (`tool api /v1/notes --method POST --json '{...}'`) shows that request's body. An object
after "returns", and a command without a method, give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Drafts

`POST /drafts` opens a draft. `POST /drafts/send` opens and sends it at once. Both accept
`{"text":"caption","kind":"images"}`; the open response contains `sessionId`. `POST /drafts/act` accepts
`{"sessionId":"…","action":"status"}`. `POST /drafts/peek` returns `{"state":"open"}`.

## Client

```sh
tool api /v1/notes --method POST \\
  --json '{"title":"Hi","body":"Hello"}' --key k1
tool api /v1/tags --json '{"name":"x"}'
```

| Command | HTTP API |
| --- | --- |
| `note` | `POST /v1/notes` |
| `tag` | `POST /v1/tags` |
"""


def test_objects_go_to_the_requests_their_sentences_name(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/drafts")]) == {("text", "body"): False, ("kind", "body"): False}
    assert params_of(ops[("POST", "/drafts/send")]) == {("text", "body"): False, ("kind", "body"): False}
    assert params_of(ops[("POST", "/drafts/act")]) == {("sessionId", "body"): False, ("action", "body"): False}


def test_a_generic_api_command_shows_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/v1/notes")]) == {("title", "body"): False, ("body", "body"): False}


def test_returned_objects_and_commands_without_a_method_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/drafts/peek")]) == {}
    assert params_of(ops[("POST", "/v1/tags")]) == {}
