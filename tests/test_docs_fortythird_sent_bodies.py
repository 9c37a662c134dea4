"""A body an example call sends beside the body the document states, in the forty-third registry batch
(benchmarks/docs/registry_truth): a route's "Request body:" JSON of five fields, and a curl example sending
three of them. The call shows one use, leaving two fields out: it does not make the three it sends required,
and neither do two calls sending different choices. Two bodies the document itself states as the request's
examples ("Example 1", "Example 2"), one sending a key the other leaves out, still show that the keys both send
are needed."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

STATED_AND_SENT = """\
# Stores

## `POST /stores`

Create a store.

Request body:

```json
{"id": "north", "title": "North", "city": "Oslo", "open": true, "tags": ["a"]}
```

Example:

```bash
curl -X POST http://localhost:8000/stores -H 'Content-Type: application/json' \\
  -d '{"id": "north", "title": "North", "open": true}'
```
"""

TWO_CALLS = """\
# Stores

## `POST /stores`

Create a store.

```bash
curl -X POST http://localhost:8000/stores -d '{"title": "North"}' -H 'Content-Type: application/json'
curl -X POST http://localhost:8000/stores -d '{"title": "South", "city": "Oslo"}' -H 'Content-Type: application/json'
```
"""

TWO_STATED = """\
# Stores

## `POST /stores`

Create a store.

Request body, example 1:

```json
{"title": "North", "city": "Oslo"}
```

Request body, example 2:

```json
{"title": "South", "city": "Bergen", "open": true}
```
"""


def test_a_call_sending_fewer_keys_makes_none_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STATED_AND_SENT)
    assert params_of(ops[("POST", "/stores")]) == {
        ("id", "body"): False,
        ("title", "body"): False,
        ("city", "body"): False,
        ("open", "body"): False,
        ("tags", "body"): False,
    }


def test_calls_sending_different_keys_make_none_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWO_CALLS)
    assert params_of(ops[("POST", "/stores")]) == {("title", "body"): False, ("city", "body"): False}


def test_stated_examples_still_show_the_keys_needed(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWO_STATED)
    assert params_of(ops[("POST", "/stores")]) == {
        ("title", "body"): True,
        ("city", "body"): True,
        ("open", "body"): False,
    }
