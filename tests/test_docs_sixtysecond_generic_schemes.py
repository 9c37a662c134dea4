"""A page's generic URL scheme written before the services that fill it in, in the sixty-second registry batch
(benchmarks/docs/registry_truth): `http://{server}/{service}/{version}/{profile}/{coords}[.{format}]`, then one
section per service with `http://{server}/near/v1/{profile}/{coords}.json?number={number}`. The scheme is no
route, and `.json` after the last placeholder is the optional format written out. An all-placeholder route beside
routes that name only its last place (`/{db}/{container}/@registry`) is a route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
# HTTP API

The server supports only `GET` requests of the form:

```
http://{server}/{service}/{version}/{profile}/{coords}[.{format}]?option=value
```

## Service `near`

```
http://{server}/near/v1/{profile}/{coords}.json?number={number}
```

## Service `route`

```
http://{server}/route/v1/{profile}/{coords}?steps={true|false}
```

## Service `tile`

```
http://{server}/tile/v1/{profile}/tile({x},{y},{zoom}).mvt
```
"""


def test_the_scheme_is_no_route_and_a_written_format_is_optional(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, PAGE)) == {
        ("GET", "/near/v1/{profile}/{coords}"),
        ("GET", "/route/v1/{profile}/{coords}"),
        ("GET", "/tile/v1/{profile}/tile({x},{y},{zoom}).mvt"),
    }


def test_an_all_placeholder_route_beside_routes_naming_its_last_place_is_kept(tmp_path: Path) -> None:
    page = """\
# API

- `GET /{db}/{container}/{id}` - one object
- `GET /{db}/{container}/@registry` - the registry
- `GET /{db}/{container}/@addons` - the add-ons
- `GET /{db}/{container}/{id}.json` - one object as JSON
"""
    assert set(extracted_operations(tmp_path, page)) == {
        ("GET", "/{db}/{container}/{id}"),
        ("GET", "/{db}/{container}/@registry"),
        ("GET", "/{db}/{container}/@addons"),
        ("GET", "/{db}/{container}/{id}.json"),
    }
