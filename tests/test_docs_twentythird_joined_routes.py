"""Structures of the twenty-third registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a heading
that states one method over several routes joined by `&` or "and"."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_JOINED_ROUTES = """\
# Plotter remote API

`GET` is the only method used.

### GET /lamp.on & /lamp.off

Switches the work lamp.

### GET /jog.left./:steps & /jog.right./:steps

Moves the head sideways by the given number of steps.

### GET /speed.slow and /speed.fast

Picks one of the two preset speeds.

### GET /status

The machine's state.
"""


def test_one_method_over_joined_routes_is_each_routes_method(tmp_path: Path) -> None:
    """`### GET /lamp.on & /lamp.off` states two GET routes, each with the placeholders its own path names."""
    paths = extracted_paths(tmp_path, "REMOTE.md", PAGE_JOINED_ROUTES)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("get", "/lamp.on"),
        ("get", "/lamp.off"),
        ("get", "/jog.left./{steps}"),
        ("get", "/jog.right./{steps}"),
        ("get", "/speed.slow"),
        ("get", "/speed.fast"),
        ("get", "/status"),
    }
    assert params_of(paths["/jog.right./{steps}"]["get"]) == {("steps", "path"): True}
    assert "sideways" in paths["/jog.right./{steps}"]["get"]["description"]
