"""A section titled with GET whose only example is a `curl -I` call, in the fifty-second registry batch
(benchmarks/docs/registry_truth): "GET API status" over `# curl -I http://localhost:9000/api/2/status`. `-I`
only shows the response's headers; the heading states the route's method, so the route is GET /status. The
same call under a heading that states no method, or under a HEAD heading, stays HEAD."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Monitor API
===========

GET API status
--------------

Check the API::

    # curl -I http://localhost:9000/api/2/status
    "HTTP/1.0 200 OK"

Ping
----

Check the server::

    # curl -I http://localhost:9000/api/2/ping
    "HTTP/1.0 200 OK"

HEAD health
-----------

Check the health::

    # curl -I http://localhost:9000/api/2/health
"""


def test_a_get_heading_makes_its_curl_head_call_a_get(tmp_path: Path) -> None:
    routes = {path.rsplit("/", 1)[-1]: method for method, path in extracted_operations(tmp_path, PAGE, "api.rst")}
    assert routes["status"] == "GET"


def test_without_a_get_heading_the_call_stays_head(tmp_path: Path) -> None:
    routes = {path.rsplit("/", 1)[-1]: method for method, path in extracted_operations(tmp_path, PAGE, "api.rst")}
    assert routes["ping"] == "HEAD"
    assert routes["health"] == "HEAD"
