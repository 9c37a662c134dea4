"""Routes of a family stated once, in the thirtieth registry batch (benchmarks/docs/registry_truth): a request
line whose path ends in a placeholder (`GET /cam/v2/<action>?<params>`, `GET /cgi/<script>.cgi?<params>`), then
the names that fill it, alone: in a line of names between middle dots, in a table of names and their query
strings, under headings that open with a name. Each name is a route of its own with its own query parameters;
the family line is not one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE = """\
# Garden camera - local API

## Commands

`GET /cam/v2/<action>?<params>`. An unknown action answers 400.

### Motion

`pan_left` · `pan_right` · `tilt_up` (one step) · `home`

### Picture

| Action | Query |
|---|---|
| `set_zoom` | `level=1..8` |
| `set_power` | `wake` or `sleep` as a valueless flag |
| `zoom_in` / `zoom_out` | no arguments; one step |
| `snapshot` `burst` | `width=&height=` or `quality=` |

## Scripts

`GET /cgi/<script>.cgi?<params>`. Answers 200 whatever happens.

### `reboot.cgi` - restarts the camera

`delay=` `force=` take seconds and yes or no.

### Others

| Script | Sends |
|---|---|
| `setLed.cgi` / `setIr.cgi` | `mode=on\\|off` |
| `getLog.cgi` | none |

`getTime.cgi` · `getName.cgi?lang=` · `getVersion.cgi` · `getMsg.cgi?key=`. All three are read-only.
"""

VALUES = """\
# Pet store

## Pets by status

`GET /pets/<status>` lists the pets in a status:

`available` · `pending` · `sold`
"""


def _spec(tmp_path: Path, text: str) -> dict[str, Any]:
    source = tmp_path / "README.md"
    source.write_text(text, encoding="utf-8")
    return extract_openapi(source, Diagnostics())


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], list[str]]:
    spec = _spec(tmp_path, text)
    return {
        (method.upper(), path): sorted(p["name"] for p in op.get("parameters", []))
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    }


def test_each_name_filling_a_family_placeholder_is_a_route_with_its_own_query(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    assert ops == {
        ("GET", "/cam/v2/pan_left"): [],
        ("GET", "/cam/v2/pan_right"): [],
        ("GET", "/cam/v2/tilt_up"): [],
        ("GET", "/cam/v2/home"): [],
        ("GET", "/cam/v2/set_zoom"): ["level"],
        ("GET", "/cam/v2/set_power"): ["sleep", "wake"],
        ("GET", "/cam/v2/zoom_in"): [],
        ("GET", "/cam/v2/zoom_out"): [],
        ("GET", "/cam/v2/snapshot"): ["height", "quality", "width"],
        ("GET", "/cam/v2/burst"): ["height", "quality", "width"],
        ("GET", "/cgi/reboot.cgi"): ["delay", "force"],
        ("GET", "/cgi/setLed.cgi"): ["mode"],
        ("GET", "/cgi/setIr.cgi"): ["mode"],
        ("GET", "/cgi/getLog.cgi"): [],
        ("GET", "/cgi/getTime.cgi"): [],
        ("GET", "/cgi/getName.cgi"): ["lang"],
        ("GET", "/cgi/getVersion.cgi"): [],
        ("GET", "/cgi/getMsg.cgi"): ["key"],
    }


def test_a_key_in_one_members_query_is_its_argument_not_a_credential(tmp_path: Path) -> None:
    spec = _spec(tmp_path, PAGE)
    assert [p["name"] for p in spec["paths"]["/cgi/getMsg.cgi"]["get"]["parameters"]] == ["key"]
    assert not spec.get("components", {}).get("securitySchemes")
    assert not spec.get("security")


def test_values_listed_under_a_path_parameter_are_not_routes(tmp_path: Path) -> None:
    assert set(_operations(tmp_path, VALUES)) == {("GET", "/pets/{status}")}
