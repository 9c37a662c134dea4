"""Links in the answer an example GET prints, in the thirty-fourth registry batch (benchmarks/docs/registry_truth):
the root `GET /api` printing `{'books': 'http://host/api/books/', 'authors': 'http://host/api/authors/'}`, every
value a URL under the path asked for, lists the routes the root offers (each read with GET, the method links are
followed with); a listing's answer carrying a link to its own path with a query (`"next": ".../api/books/?page=2"`)
shows the query parameters it takes, optional. Values that are not all URLs under the root, or a link to another
path, give neither a route nor a parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Library API

```python
>>> import requests
>>> r = requests.get("https://library.example.org/api")
>>> r.json()
{'books': 'https://library.example.org/api/books/',
 'authors': 'https://library.example.org/api/authors/'}
```

```python
>>> r = requests.get("https://library.example.org/api/books")
>>> r.json()
{"count": 300, "next": "https://library.example.org/api/books/?page=2&size=50", "results": []}
```
"""

NOT_LINKS = """\
# Library API

```python
>>> import requests
>>> r = requests.get("https://library.example.org/api")
>>> r.json()
{'name': 'The library', 'docs': 'https://docs.example.org/library/'}
```

```python
>>> r = requests.get("https://library.example.org/api/books")
>>> r.json()
{"count": 300, "cover": "https://library.example.org/static/cover.png?size=50", "results": []}
```
"""


def test_a_roots_links_are_routes_and_a_self_link_query_gives_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {k[1].rstrip("/") for k in ops} == {"/api", "/api/books", "/api/authors"}
    books = next(op for (method, path), op in ops.items() if path.rstrip("/") == "/api/books")
    assert params_of(books) == {("page", "query"): False, ("size", "query"): False}


def test_other_values_and_links_elsewhere_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_LINKS)
    assert set(ops) == {("GET", "/api"), ("GET", "/api/books")}
    assert params_of(ops[("GET", "/api/books")]) == {}
