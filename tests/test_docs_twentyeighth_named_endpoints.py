"""Endpoints named in running text in the twenty-eighth registry batch (benchmarks/docs/registry_truth): on a
page that says once "All requests are plain HTTP `GET` requests", each coded path a sentence calls an endpoint
("use the `/status` endpoint", "the `jobs/list` endpoint") is a route with that method. Without such a sentence
the same wording states nothing."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

PAGE = """\
# Garden controller

## HTTP server

All requests are plain HTTP `GET` requests. Start a valve with:

```
http://<host>:<port>/<valve>/<command>
```

### Jobs

Jobs are run at the `/job/<job_name>` endpoint. The `jobs/list` endpoint returns the jobs installed, and
they can be reloaded using the `/jobs/reload` endpoint.

### Status

To see every valve, use the `/status` endpoint, e.g.: `http://10.0.0.2:8000/status`.
"""

NO_METHOD = """\
# Garden controller

## HTTP API

`POST /valves/{valve}/open` opens a valve.

To see every valve, use the `/status` endpoint.
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], list[str]]:
    return {
        key: [p["name"] for p in op.get("parameters", [])] for key, op in extracted_operations(tmp_path, text).items()
    }


def test_endpoints_named_in_sentences_take_the_method_of_every_request(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert {("GET", "/job/{job_name}"), ("GET", "/jobs/list"), ("GET", "/jobs/reload"), ("GET", "/status")} <= set(ops)
    assert ops[("GET", "/job/{job_name}")] == ["job_name"]
    assert all(method == "GET" for method, _ in ops)


def test_without_a_page_wide_method_a_named_endpoint_states_nothing(tmp_path: Path) -> None:
    assert set(_operations(tmp_path, NO_METHOD)) == {("POST", "/valves/{valve}/open")}
