"""A docs page's "Result objects" part after its services, in the sixty-second registry batch
(benchmarks/docs/registry_truth): "## Result objects" over "### Route" / "#### Properties" lists of the fields the
responses hold. Like a "Schemas" or "Models" part, it is the responses' shapes, not a continuation of the last
service above it (on a page of several services): its fields are no parameters of that service. A subsection of
the last service that is not such a part (its "Options") still gives that service's parameters."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Routing API

## Service `nearest`

```
GET /nearest/{coordinates}
```

The nearest street.

## Service `trip`

### Request

```
GET /trip/{coordinates}?steps={true|false}
```

|Option |Values |Description |
|---|---|---|
|steps |`true`, `false` (default) |Return the steps. |

## Result objects

### Leg

#### Properties

- `distance`: The distance of the leg, in meters.
- `duration`: The travel time, in seconds.
- `summary`: Names of the roads taken.
"""

NOTES = """\
# Routing API

## Service `nearest`

```
GET /nearest/{coordinates}
```

The nearest street.

## Service `trip`

```
GET /trip/{coordinates}
```

The fastest round trip.

### Options

- `steps`: Return the steps.
"""


def test_result_objects_give_the_service_above_no_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert set(params_of(ops[("GET", "/trip/{coordinates}")])) == {("coordinates", "path"), ("steps", "query")}


def test_a_subsection_of_the_service_still_gives_its_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOTES)
    assert ("steps", "query") in params_of(ops[("GET", "/trip/{coordinates}")])
