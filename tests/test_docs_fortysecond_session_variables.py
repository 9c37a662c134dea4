"""A base URL a page's first shell example sets and its later examples go on using, in the forty-second registry
batch (benchmarks/docs/registry_truth): a guide's block `BASE=http://127.0.0.1:8888/api` over
`curl ... $BASE/print/text`, and further down a block of its own with only `curl ... $BASE/print/text -d '{...}'`.
A reader runs the examples in one shell session, so the later command calls the route under the base the page
set (`/api/print/text`, the table's route, with the fields its body sends), not a route `/print/text` of an
unknown host. Only forward: a block above the one that sets the variable is not read with its value."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Notes service

| Route | Purpose |
|---|---|
| `POST /v2/notes` | Create a note |
| `GET /v2/notes` | List notes |

```sh
NOTES=https://notes.example.com/v2
curl -X POST $NOTES/notes -d '{"title": "groceries"}'
```

## Tagging

```sh
curl -X POST "$NOTES/notes" -d '{"title": "groceries", "tags": ["home"]}'
curl "${NOTES}/notes?tag=home"
```
"""

EARLIER = """\
# Notes service

| Route | Purpose |
|---|---|
| `POST /v2/notes` | Create a note |

```sh
curl -X POST $NOTES/notes -d '{"title": "groceries", "color": "red"}'
```

## Setup

```sh
NOTES=https://notes.example.com/v2
curl -X POST $NOTES/notes -d '{"title": "groceries"}'
```
"""


def test_a_later_block_calls_the_base_an_earlier_block_set(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("POST", "/v2/notes"), ("GET", "/v2/notes")}
    assert {name for name, _ in params_of(ops[("POST", "/v2/notes")])} == {"title", "tags"}
    assert params_of(ops[("GET", "/v2/notes")]) == {("tag", "query"): False}


def test_a_block_above_the_assignment_is_not_read_with_its_value(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, EARLIER)
    assert ("color", "body") not in params_of(ops[("POST", "/v2/notes")])
