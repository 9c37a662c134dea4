"""Structures of the fifteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Fifteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

WORD_TEMPLATES = """\
# store

Insert a document in a collection called `example`:

```
curl -X POST --data '{ "_id": 1, "value": "some value" }' http://localhost:8000/example
curl http://localhost:8000/example/1
```

## Routes

| Method | Path             | What it does                |
|--------|------------------|-----------------------------|
| POST   | /collection      | Inserts a document          |
| GET    | /collection/_id  | Gets a single document      |
| DELETE | /collection/_id  | Deletes document at `_id`   |

### The `_id` parameter

The `_id` parameter is used as is, as a string.

### Read (GET)

1. `collection/_id`: Gets the single document.
1. `collection`: Gets every document.
"""


def test_route_words_the_text_names_as_terms_are_placeholders_where_no_route_marks_one(tmp_path: Path) -> None:
    """A route table written in words (`/collection/_id`), with no placeholder marked anywhere, beside requests
    that put other values there (`/example/1`) and text naming the words alone in code ("The `_id` parameter",
    "`collection`: ..."): the words are placeholders, first segment included."""
    doc = tmp_path / "README.md"
    doc.write_text(WORD_TEMPLATES, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/{collection}/{id}"),
        ("get", "/{collection}/{id}"),
        ("post", "/{collection}"),
    ]
    assert params_of(paths["/{collection}/{id}"]["get"]) == {("collection", "path"): True, ("id", "path"): True}


def test_a_page_that_marks_placeholders_keeps_its_unmarked_words(tmp_path: Path) -> None:
    """The same words where another route marks its placeholder (`/collection/{name}`): unmarked words are
    literal, and the requests on other paths are routes of their own."""
    doc = tmp_path / "README.md"
    doc.write_text(WORD_TEMPLATES.replace("| GET    | /collection/_id  |", "| GET    | /collection/{name} |"), "utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert "/collection" in paths and "/collection/_id" in paths


METRICS = """\
# Metrics API

## Permissions

- **Writes** (`POST
  /api/metrics/record`, `/api/metrics/value/set`) need the write permission.

## Endpoints

| Method | Path | Description |
|---|---|---|
| GET | `/api/metrics/series` | Fetch current values |
| GET | `/api/metrics/value/get` | Fetch current values for slugs |
| GET | `/api/metrics/discover` | Discover slugs |

## Series

**GET** `/api/metrics/series`

| Param | Default | Description |
|---|---|---|
| `slugs` | required | Comma-separated slug names |
| `granularity` | `hours` | Bucket size |

Note that there is a legacy endpoint, `GET
/api/v1/series`, that operates the same.

## Fetch Current Values

**GET** `/api/metrics/value/get`

Accepts `slugs` (comma-separated), the singular `slug`, or `category`. A request carrying `true` for none of
them fails.

## Discover

**GET** `/api/metrics/discover`

Every request also accepts `start` (default 0, minimum 0) and `size` (default
50, range 1-500).
"""


def test_a_default_cell_saying_required_sentences_of_what_a_route_accepts_and_code_wrapped_over_lines(
    tmp_path: Path,
) -> None:
    """A Param | Default table whose Default cell says "required" (no default: the caller must give it);
    "Accepts `a`, the singular `b`, or `c`." and "Every request also accepts `x` and `y`" under a bodiless route
    (optional query parameters); a request in code that a line break runs through (`POST` then the path on the
    next line), with further paths after it in code sharing its method; a legacy name "that operates the same"
    is no operation of its own."""
    doc = tmp_path / "metrics.md"
    doc.write_text(METRICS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/api/metrics/discover"),
        ("get", "/api/metrics/series"),
        ("get", "/api/metrics/value/get"),
        ("post", "/api/metrics/record"),
        ("post", "/api/metrics/value/set"),
    ]
    series = paths["/api/metrics/series"]["get"]
    assert params_of(series) == {("slugs", "query"): True, ("granularity", "query"): False}
    assert all("default" not in p["schema"] for p in series["parameters"] if p["name"] == "slugs")
    assert params_of(paths["/api/metrics/value/get"]["get"]) == {
        ("slugs", "query"): False,
        ("slug", "query"): False,
        ("category", "query"): False,
    }
    assert params_of(paths["/api/metrics/discover"]["get"]) == {("start", "query"): False, ("size", "query"): False}


CURL_README = """\
Fake server
===========

Use webhooks
------------

Register a webhook:

.. code:: shell

 curl localhost:8420/_config/webhooks/mywebhook1 \\
      -d url=http://localhost:8888/api/url -d secret=whsec_s3cr3t

Then, the server will send webhooks to this url, signed using ``secret``. The
``events`` option can be used to filter events to be sent.
"""


def test_an_option_the_text_names_beside_a_form_request_is_a_body_field(tmp_path: Path) -> None:
    """A sentence "The ``events`` option" (opening with "The", the name on the next line) in the section of a
    request whose body the curl command shows is another field of that body."""
    doc = tmp_path / "README.rst"
    doc.write_text(CURL_README, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    (operation,) = (ops["post"] for ops in paths.values())
    fields = operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]
    assert set(fields) == {"url", "secret", "events"}
