"""Request bodies under captions that name their requests, in the fifty-third registry batch
(benchmarks/docs/registry_truth): a route table, then "**`POST /api/notes` — request body:**" over a one-line JSON
object, one caption per request, and "All fields except `title` are optional." after the bodies. The object's
top-level keys are the named request's body fields; the sentence makes the named field required and the others
optional in the bodies captioned back to back before it. A caption that calls its block a response names no
request body, nor does one that calls it neither request nor body ("— errors:")."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

CAPTIONED = """\
# Notes service

## Routes

| Method | Path | Description |
|---|---|---|
| `POST` | `/api/notes` | Write a note |
| `POST` | `/api/drafts` | Keep a draft |
| `POST` | `/api/seen` | Mark notes seen |

**`POST /api/notes` — request body:**
```json
{"title": "...", "text": "...", "tags": ["a"]}
```

**`POST /api/drafts` — request body:**
```json
{"title": "...", "text": "..."}
```
All fields except `title` are optional.

**`POST /api/notes` and `POST /api/drafts` — response:**
```json
{"stored": 1, "note_id": "<uuid>"}
```

**`POST /api/seen` — request body:**
```json
{"note_ids": ["<uuid>"]}
```
"""


def test_a_caption_naming_a_request_gives_it_the_json_below(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CAPTIONED)
    notes = params_of(ops[("POST", "/api/notes")])
    assert notes == {("title", "body"): True, ("text", "body"): False, ("tags", "body"): False}
    assert params_of(ops[("POST", "/api/drafts")]) == {("title", "body"): True, ("text", "body"): False}
    assert params_of(ops[("POST", "/api/seen")]) == {("note_ids", "body"): False}


NOT_CAPTIONS = """\
# Notes service

## Routes

| Method | Path | Description |
|---|---|---|
| `POST` | `/api/notes` | Write a note |

**`POST /api/notes` — response:**
```json
{"stored": 1, "note_id": "<uuid>"}
```

**`POST /api/notes` — errors:**
```json
{"error": "..."}
```
"""


def test_a_response_caption_or_a_plain_sentence_gives_no_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_CAPTIONS)
    assert params_of(ops[("POST", "/api/notes")]) == {}
