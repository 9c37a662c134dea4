"""A heading that opens with a route's path and no method, over a full URL of that path with a query string on a
line of its own (`http://yourip:11001/api/uid/bind?pushId=abc`), in the seventy-ninth registry batch
(benchmarks/docs/registry_truth): the URL calls the route, a GET, and the section's parameters are that GET's. A
URL of another path, or one without a query string, says nothing of the heading's route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Push API

## HTTP

Arguments can be sent by HTTP GET or HTTP POST.

```bash
curl -X POST -d '{{"uid":"1"}}' http://localhost:11001/api/push
```

## /api/uid/bind 绑定UID和pushId

{url}

pushId -> string(必选), the client's id

platform -> string(可选), the platform
"""


def test_a_query_url_of_the_heading_path_makes_it_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(url="http://yourip:11001/api/uid/bind?pushId=abc&platform=ios"))
    assert params_of(ops[("GET", "/api/uid/bind")]) == {("pushId", "query"): True, ("platform", "query"): False}


def test_a_url_of_another_path_or_without_a_query_makes_nothing(tmp_path: Path) -> None:
    for url in ("http://yourip:11001/api/other?pushId=abc", "http://yourip:11001/api/uid/bind"):
        ops = extracted_operations(tmp_path, DOC.format(url=url))
        assert ("GET", "/api/uid/bind") not in ops
