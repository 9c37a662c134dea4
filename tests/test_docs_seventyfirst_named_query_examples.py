"""An example path alone in a code block whose query string sets the query parameters its section's sentences
name, in the seventy-first registry batch (benchmarks/docs/registry_truth): "you can sort a resource response
using query parameters `sortOrder` and `sortKey`" over ```/kittens?sortOrder=ASC&sortKey=name```. The block is
the GET the reader is told to send, a route of its own (`named_query_examples.py`). A path shown with a query
the text does not call query parameters stays an illustration."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NAMED = """\
# Mock server

## Routes

- **List**: `GET /products`

## Features

- **Sorting**, you can sort a resource response using query parameters `sortOrder` and `sortKey`:

    ```bash
    /kittens?sortOrder=ASC&sortKey=name
    ```
"""

UNNAMED = """\
# Mock server

## Routes

- **List**: `GET /products`

## Features

- **Sorting**, you can sort a resource response by `sortOrder` and `sortKey`:

    ```bash
    /kittens?sortOrder=ASC&sortKey=name
    ```
"""

OTHER_KEY = """\
# Mock server

## Routes

- **List**: `GET /products`

## Features

- **Sorting**, you can sort a resource response using the query parameter `sortOrder`:

    ```bash
    /kittens?sortOrder=ASC&debug=1
    ```
"""


def test_a_path_setting_the_named_query_parameters_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NAMED)
    assert set(ops) == {("GET", "/products"), ("GET", "/kittens")}
    assert params_of(ops[("GET", "/kittens")]) == {("sortOrder", "query"): False, ("sortKey", "query"): False}


def test_a_query_not_called_query_parameters_stays_an_illustration(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, UNNAMED)) == {("GET", "/products")}
    assert set(extracted_operations(tmp_path, OTHER_KEY)) == {("GET", "/products")}
