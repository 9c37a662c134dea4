"""A request line whose last segment is a placeholder named for the endpoint itself, in the sixty-fourth registry
batch (benchmarks/docs/registry_truth): "All endpoints respond to `HTTP POST`" over `POST http://host/{endpoint}`
and the body tables stated under it, then one section per endpoint (`POST http://host/html`, `.../latex`). The
template is no operation of its own: its body fields go to each endpoint that fills its slot. A placeholder named
for a value (`/{bucket}`), or an `{endpoint}` slot no two stated routes fill, is a route as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Renderer

## Requests

All endpoints respond to `HTTP POST`. The request body must be JSON.

### URL

```
POST http://localhost:27272/{endpoint}
```

### Body

| Name | Type | Description |
| - | - | - |
| `md` | string | markdown source (required) |
| `opts` | JSON | options specific to this endpoint (optional) |

# Endpoints

## html

```
POST http://localhost:27272/html
```

## latex

```
POST http://localhost:27272/latex
```
"""

NEAR = """\
# Store

## Buckets

```
GET http://localhost:9000/{bucket}
```

| Name | Type | Description |
| - | - | - |
| `prefix` | string | only keys under it |

## Health

```
GET http://localhost:9000/health
```

## Metrics

```
GET http://localhost:9000/metrics
```

## Forwarding

```
POST http://localhost:9000/proxy/{endpoint}
```

| Name | Type | Description |
| - | - | - |
| `payload` | JSON | what to forward |

## Status

```
POST http://localhost:9000/proxy/status
```
"""


def test_the_template_s_fields_go_to_the_endpoints_filling_its_slot(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("POST", "/html"), ("POST", "/latex")}
    for key in ops:
        assert params_of(ops[key]) == {("md", "body"): True, ("opts", "body"): False}


def test_a_value_placeholder_or_a_slot_one_route_fills_stays_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR)
    assert set(ops) == {
        ("GET", "/{bucket}"),
        ("GET", "/health"),
        ("GET", "/metrics"),
        ("POST", "/proxy/{endpoint}"),
        ("POST", "/proxy/status"),
    }
    assert ("payload", "body") not in params_of(ops[("POST", "/proxy/status")])
