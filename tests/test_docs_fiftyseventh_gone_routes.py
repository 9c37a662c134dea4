"""Routes the notes say are gone in the fifty-seventh registry batch (benchmarks/docs/registry_truth):
reverse-engineering notes on a web API keep the routes that no longer answer beside the live ones: "`GET
/things/<id>/parts` **404s** (with or without cookies)", "`GET /users/<uid>/items/all` (a string id) is a 404", and
a code block of the old requests followed by "Those endpoints are gone — they now return an HTML 404 page". None is
an operation. A route the sentence says does NOT answer 404, or a live route named beside a gone one, stays."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

NOTES = """\
# Shop API notes

## Why the old client is broken

The old client calls:

```
GET https://shop.example.org/legacy/{name}.php?...
```

Those endpoints are gone — they now return an HTML 404 page.

## Endpoints

Base: `https://api.shop.example.org`

### 1. Things — `GET /things/<id>`

`GET /things/<id>` does **not** 404 for a missing id: it answers an empty object.

### 2. Parts — `GET /things/<id>/pieces`

`GET /things/<id>/parts` **404s** (with or without cookies); the web app uses `GET /things/<id>/pieces`.

### 3. Items — `GET /users/<uid>/items/<kind>`

The kind is numeric; `GET /users/<uid>/items/all` (a string kind) is a 404.
"""


def test_routes_said_to_be_gone_or_to_answer_404_are_no_operations(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert set(ops) == {
        ("GET", "/things/{id}"),
        ("GET", "/things/{id}/pieces"),
        ("GET", "/users/{uid}/items/{kind}"),
    }


LIVE = """\
# Shop API

## Endpoints

The client calls:

```
GET /orders
GET /orders/{id}
```

These endpoints return JSON; a missing order gives a 404.

`GET /carts/{id}` returns the cart, or a 404 when there is none.
"""


def test_a_404_for_a_missing_item_leaves_the_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, LIVE)) == {
        ("GET", "/orders"),
        ("GET", "/orders/{id}"),
        ("GET", "/carts/{id}"),
    }


SECOND_LINE = """\
# Shop API notes

The old client calls:

```
GET https://shop.example.org/legacy/list.php
GET https://shop.example.org/legacy/{name}.php
```

Those endpoints are gone: they now return 404.

## Endpoints

### `GET /things/<id>`

Returns a thing.
"""


def test_every_request_line_of_the_gone_block_is_left_out(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, SECOND_LINE)) == {("GET", "/things/{id}")}
