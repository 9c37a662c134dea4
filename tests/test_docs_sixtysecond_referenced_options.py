"""A shared options table that the services taking it name, in the sixty-second registry batch
(benchmarks/docs/registry_truth): "## Shared options" once, then each service section says "Besides the [shared
options](#shared-options) it takes:"; a service whose section never names them does not take them. Where no section
names the shared table, it applies to every endpoint as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NAMED = """\
# Weather API

Only `GET` requests are supported.

## Shared options

| Option | Values | Description |
|---|---|---|
| units | `metric`, `imperial` | Units of the values. |
| lang | `en`, `de` | Language of the texts. |

## Service `forecast`

```
GET /forecast/{city}?days={days}
```

Besides the [shared options](#shared-options) it takes:

| Option | Values | Description |
|---|---|---|
| days | `integer` | Days ahead. |

## Service `current`

```
GET /current/{city}
```

It also accepts the shared options.

## Service `map`

```
GET /map/{zoom}/{x}/{y}.png
```

A map tile of the given place.
"""

UNNAMED = """\
# Weather API

## Common parameters

| Parameter | Description |
|---|---|
| units | Units of the values. |

## Forecast

```
GET /forecast/{city}
```

The forecast.

## Map

```
GET /map/{zoom}
```

A map tile.
"""


def test_shared_options_go_to_the_sections_that_name_them(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NAMED)
    assert set(params_of(ops[("GET", "/forecast/{city}")])) == {
        ("city", "path"),
        ("days", "query"),
        ("units", "query"),
        ("lang", "query"),
    }
    assert set(params_of(ops[("GET", "/current/{city}")])) == {("city", "path"), ("units", "query"), ("lang", "query")}
    assert set(params_of(ops[("GET", "/map/{zoom}/{x}/{y}.png")])) == {("zoom", "path"), ("x", "path"), ("y", "path")}


def test_shared_parameters_no_section_names_go_to_every_endpoint(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNNAMED)
    assert ("units", "query") in params_of(ops[("GET", "/forecast/{city}")])
    assert ("units", "query") in params_of(ops[("GET", "/map/{zoom}")])
