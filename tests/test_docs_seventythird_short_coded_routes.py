"""Routes written short by their last segment, in the seventy-third registry batch
(benchmarks/docs/registry_truth): prose that writes routes as code (`/api/v1/entries`, `/api/v1/treatments`), then
"the `/entries` and `/treatments` APIs limit results": each short path is the one route written before that ends
with it (`short_coded_routes`), not a route of the server's root. A short path that ends no earlier route
(`/health`) is a route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
# Glucose

## Glucose API

You can find readings in `/api/v1/entries`, treatments in `/api/v1/treatments`, and profiles in `/api/v1/profile`.

By default the `/entries` and `/treatments` APIs limit results to the most recent 10 values.
The liveness probe answers at `/health`.
"""


def test_a_short_path_is_the_route_it_ends(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert ("GET", "/api/v1/entries") in ops
    assert ("GET", "/entries") not in ops
    assert ("GET", "/treatments") not in ops


def test_a_short_path_ending_no_route_is_its_own(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert ("GET", "/health") in ops
