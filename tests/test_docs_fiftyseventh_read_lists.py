"""Routes a sentence lists in brackets after the word "reads", in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): "Catalog reads (`/sites/{sid}/lamps`, `/sites/{sid}/rooms` and
`/sites/{sid}/rooms/{rid}/scenes`) serve cached data". Each path is a GET of its own. A bracket after "reads" that
explains in words, or names a path among other text, lists no routes."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

LISTED = """\
# Lamp server

Catalog reads (`/sites/{sid}/lamps`, `/sites/{sid}/rooms` and `/sites/{sid}/rooms/{rid}/scenes`) serve cached
data. `POST /sites/{sid}/rooms` adds a room.
"""


def test_each_path_listed_as_a_read_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LISTED)
    assert {
        ("GET", "/sites/{sid}/lamps"),
        ("GET", "/sites/{sid}/rooms"),
        ("GET", "/sites/{sid}/rooms/{rid}/scenes"),
        ("POST", "/sites/{sid}/rooms"),
    } <= set(ops)


EXPLAINED = """\
# Lamp server

Slow reads (those that wake the hub, like the one on `/sites/{sid}/wake`) wait for it. `POST /sites/{sid}/rooms`
adds a room.
"""


def test_a_bracket_explaining_reads_lists_no_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, EXPLAINED)
    assert ("POST", "/sites/{sid}/rooms") in ops
    assert not any("wake" in path for _, path in ops)
