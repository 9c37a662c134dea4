"""A named API stated as one route in a sentence, in the thirty-first registry batch
(benchmarks/docs/registry_truth): "The timemap API is available at ``/<coll>/timemap/<type>/<url>``", "The
TimeGate API for any collection is ``/<coll>/<url>``". The path holds placeholders, so it is a route (GET, what a
browser sends), not a base; "The REST API is available at ``/api/v2``", a path with no placeholder naming the
whole API, states no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Archive protocol
================

Snapshot list API
-----------------

The snapshot list API is available at ``/<coll>/snapshots/<format>/<url>`` for any collection ``<coll>``.

Lookup API
----------

The Lookup API for any collection is ``/<coll>/<url>``, eg. ``/my-coll/http://example.com/``
"""

BASE = """\
Archive protocol
================

The REST API is available at ``/api/v2``.

Status
------

``GET /api/v2/status`` answers the server's state.
"""


def test_a_named_api_said_to_be_at_a_templated_path_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "memento.rst")
    assert set(ops) == {("GET", "/{coll}/snapshots/{format}/{url}"), ("GET", "/{coll}/{url}")}
    assert params_of(ops[("GET", "/{coll}/{url}")]) == {("coll", "path"): True, ("url", "path"): True}


def test_the_whole_api_at_a_plain_path_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BASE, "index.rst")
    assert set(ops) == {("GET", "/api/v2/status")} or set(ops) == {("GET", "/status")}
