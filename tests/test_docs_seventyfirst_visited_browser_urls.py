"""URLs a reader is sent to visit, in the seventy-first registry batch (benchmarks/docs/registry_truth): a README
states its status routes as full URLs on its server, "visit ``http://127.0.0.1:8000/health/dashboard/`` to get an
HTML page", and ends with a "try it out" list, "Visit bare status in your browser: http://127.0.0.1:8000/health/bare/"
(`browser_reads.py`). To visit is what a browser does: GET. A URL of another server, or a listed one outside the
family of the routes the document's curl commands use (an admin page), is left."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
Health
======

Start the server and visit ``http://127.0.0.1:8000/health/`` for the status::

    curl -X GET http://127.0.0.1:8000/health/

Dashboard
---------

Visit ``http://127.0.0.1:8000/health/dashboard/`` to get a human-friendly HTML representation of the checks.

Visit ``https://docs.example.org/health/`` to get the full manual.

Trying it out
-------------

1. Run ``make run``
2. Visit the json endpoint in your browser: http://127.0.0.1:8000/health/
3. Visit bare status in your browser: http://127.0.0.1:8000/health/bare/
4. Visit the admin site in your browser: http://127.0.0.1:8000/admin/
"""


def test_visited_urls_of_the_api_server_are_reads(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("GET", "/health/dashboard/") in ops
    assert ("GET", "/health/bare/") in ops


def test_other_servers_and_other_families_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert ("GET", "/admin/") not in ops
    assert all(path != "/health/" or method == "GET" for method, path in ops)
    assert len([1 for _, path in ops if path.startswith("/health")]) == 3
