"""A request the documented program itself sends to another server, shown as a request line after the sentence that
says so, in the sixty-fourth registry batch (benchmarks/docs/registry_truth): "the proxy will make a GET request to
the `error-target` server" over `GET /404?url=%2Fescaped%2Fpath` is what the error handler receives, not a route of
the proxy's API. A request line after the reader's own sentence ("You can make a GET request to the server"), one
the page states elsewhere, or a sentence whose object is a path of the API, stays a route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

ROUTES = """\
# Proxy

## Routes

    GET /api/routes

"""

DOC = (
    ROUTES
    + """\
## Custom error handling

If the proxy encounters an error, the proxy will make a GET request to the `error-target` server, appending the
status code:

    GET /404?url=%2Fescaped%2Fpath

## Job callbacks

When a job finishes, the scheduler sends a `POST` request to your callback URL:

    POST /hooks/job-done
"""
)

NEAR = (
    ROUTES
    + """\
## Health

You can make a GET request to the server to check it:

    GET /health

## Stats

The dashboard will make a GET request to the `/api/stats` endpoint:

    GET /api/stats

## Listing again

Then the proxy makes a GET request to the server:

    GET /api/routes
"""
)


def test_requests_the_program_sends_elsewhere_are_no_routes(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, DOC)) == {("GET", "/api/routes")}


def test_the_readers_requests_and_the_apis_own_routes_stay(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NEAR)) == {
        ("GET", "/api/routes"),
        ("GET", "/health"),
        ("GET", "/api/stats"),
    }
