"""A sentence giving every listed path the same methods, in the eightieth registry batch
(benchmarks/docs/registry_truth): path items in code (`resources/routes`, "_example:_" `/api/v2/resources/x`), then
"Each path is provisioned with `GET`, `PUT`, `POST` and `DELETE` operations enabled.": each path is a request of each
method, a relative path under the coded root the passage states beside it. A sentence naming one method, or one that
is not about each path ("the server passes all HTTP GET, POST and DELETE requests"), gives none, and neither does a
list whose items are sentences."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

CONFIG = """

## Configuration API

```bash
HTTP GET "/plugins/x/_config"
```
"""

DOC = (
    """\
# Resources Plugin

This plugin stores the following resource types:

- `resources/routes`
- `resources/waypoints`

as well as serving custom resource types as additional paths under `/api/v2/resources`.

- _example:_ `/api/v2/resources/fishingZones`

Each path is provisioned with `GET`, `PUT`, `POST` and `DELETE` operations enabled.
"""
    + CONFIG
)

ONE_METHOD = DOC.replace("with `GET`, `PUT`, `POST` and `DELETE` operations", "with `GET` operations")

PASSED_ON = DOC.replace(
    "Each path is provisioned with `GET`, `PUT`, `POST` and `DELETE` operations enabled.",
    "The server will pass all HTTP GET, POST, PUT and DELETE requests to the plugin.",
)

PROSE_ITEMS = DOC.replace("- `resources/routes`", "- `resources/routes` holds the routes you saved")


def test_each_listed_path_takes_every_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    for path in ("/api/v2/resources/routes", "/api/v2/resources/waypoints", "/api/v2/resources/fishingZones"):
        assert {(m, path) for m in ("GET", "PUT", "POST", "DELETE")} <= set(ops)
    assert not any(path.startswith("/resources") for _, path in ops)


def test_near_misses_give_no_routes(tmp_path: Path) -> None:
    for index, text in enumerate((ONE_METHOD, PASSED_ON, PROSE_ITEMS)):
        folder = tmp_path / str(index)
        folder.mkdir()
        ops = extracted_operations(folder, text)
        assert not any(method in ("PUT", "POST", "DELETE") for method, _ in ops), text
