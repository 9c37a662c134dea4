"""Routes written from an ellipsis that abbreviates a path the page states elsewhere, in the fifty-seventh registry
batch (benchmarks/docs/registry_truth): `POST .../rooms/{rid}/rename` beside `POST /sites/{sid}/rooms`,
`GET .../lamps/{lid}/state` after `.../rooms/{rid}/lamps`. The ellipsis stands for the part of a stated path
before the segment the route continues with (`/sites/{sid}`), a resolved route being stated in its turn; a
segment no stated path holds continues what the ellipsis before it in the paragraph stood for; a lone
`/segment` right after an abbreviated route, joined by "and", is its sibling. An ellipsis nothing resolves names
no route, and a page without one is left as it is."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

CONTINUED = """\
# Building server

Reads (`.../rooms/{rid}/lamps`, `.../zones/{zid}/sensors` and `/alarms`) are cached.
`GET .../lamps/{lid}/state` reads one lamp.

## Writes

- `POST .../rooms/{rid}/rename` renames a room, `DELETE .../zones/{zid}/alarms` clears them.
- `POST /sites/{sid}/rooms` creates a room and `DELETE /sites/{sid}/rooms/{rid}` removes one.
"""


def test_an_ellipsis_continues_the_stated_path_holding_its_first_segment(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CONTINUED)
    assert {
        ("GET", "/sites/{sid}/rooms/{rid}/lamps/{lid}/state"),
        ("POST", "/sites/{sid}/rooms/{rid}/rename"),
        ("DELETE", "/sites/{sid}/zones/{zid}/alarms"),
        ("POST", "/sites/{sid}/rooms"),
        ("DELETE", "/sites/{sid}/rooms/{rid}"),
    } <= set(ops)
    assert not any("..." in path or path.startswith(("/lamps", "/rooms", "/zones")) for _, path in ops)


UNRESOLVED = """\
# Building server

`GET /sites/{sid}` reads a site. Paths may be abbreviated, as in `GET .../gadgets/{gid}`.
"""


def test_an_ellipsis_no_stated_path_resolves_names_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNRESOLVED)
    assert ("GET", "/sites/{sid}") in ops
    assert not any("gadgets" in path for _, path in ops)
