"""Route terms over method bullets in the sixty-ninth registry batch (benchmarks/docs/registry_truth): a
reStructuredText definition list whose terms are routes in code (a path, or a named service ``@bookmark`` called
at `/@bookmark`), maybe with a dash caption, each defined by bullets that open with a method (``GET`` param ...).
Each bullet is an operation on the term's route; two bullets of one method are one operation. A definition list
whose definitions are not all method bullets, or whose terms are not routes, is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.rst import reduce_rst
from tests.operations import extracted_operations, params_of

DOC = """\
Service
=======

Endpoints:

``@bookmark`` - single bookmark
    - ``GET`` returns one bookmark
    - ``POST`` creates new bookmark
    - ``DELETE`` removes bookmark

``@bookmarks`` - list of bookmarks
    - ``GET`` by uids param ``?uid=...&uid=...``
    - ``GET`` by group params ``?group=...``

``/users/<user_id>``
    - **PUT** replaces the user
"""

NEAR_MISS = """\
Settings
========

``@bookmark`` - single bookmark
    - ``GET`` returns one bookmark
    - stored as JSON in a user property

``timeout`` - seconds
    - ``GET`` requests time out after it
"""


def test_route_terms_over_method_bullets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert set(ops) == {
        ("GET", "/@bookmark"),
        ("POST", "/@bookmark"),
        ("DELETE", "/@bookmark"),
        ("GET", "/@bookmarks"),
        ("PUT", "/users/{user_id}"),
    }
    assert params_of(ops[("GET", "/@bookmarks")]) == {("uid", "query"): False, ("group", "query"): False}


def test_near_misses_are_left_alone() -> None:
    doc = reduce_rst(NEAR_MISS, "README.rst")
    assert not any(" /" in s.title or s.title.startswith(("GET", "POST")) for s in doc.sections)
    assert [b.kind for b in doc.sections[0].blocks].count("list") == 2  # read as the lists they are
