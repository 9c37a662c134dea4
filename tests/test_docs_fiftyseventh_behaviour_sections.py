"""Parts about how the service treats every request, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): after the operations, each a heading over `**Endpoint:** `GET /v1/forecast``
and its query bullets, "## Rate Limits" shows a curl of `GET /v1/forecast` that gets a `429`, then "## Input
Validation" lists `**Allowed**: letters, spaces` and `**Latitude**: -90 to 90`, and "## Logging" lists the log
levels `` `INFO` ``, `` `ERROR` ``. The curl is an example of a route the document states elsewhere, not a
statement of it: those parts belong to no operation, and their labels are no parameters. A part that states a
route itself (a request line under a "Rate limits" heading) keeps it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Forecast API

## Endpoints

### Forecast by city

**Endpoint:** `GET /v1/forecast`

**Query Parameters:**

- `town` (required): Town name
- `days` (optional): Number of days

### Forecast by point

**Endpoint:** `GET /v1/forecast/point`

**Query Parameters:**

- `lat` (required): Latitude
- `lng` (required): Longitude

## Rate Limits

### Headers

A limited request is answered `429` with a `Retry-After` header:

```bash
curl -i "http://localhost:8000/v1/forecast?town=Oslo"
```

```http
HTTP/1.1 429 Too Many Requests
Retry-After: 30
X-Trace-Id: 1b2c
```

### Backing off

1. **Wait**: honour the header before retrying
2. **Cache**: keep answers for a minute

## Input Validation

### Town names

- **Allowed**: letters, spaces and hyphens
- **Trimmed**: surrounding whitespace removed

### Points

- **Latitude**: -90 to 90
- **Format**: float or integer

## Logging

- `INFO`: normal requests
- `ERROR`: upstream failures
"""


def test_behaviour_parts_give_no_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/v1/forecast"), ("GET", "/v1/forecast/point")}
    assert params_of(ops[("GET", "/v1/forecast")]) == {("town", "query"): True, ("days", "query"): False}
    assert params_of(ops[("GET", "/v1/forecast/point")]) == {("lat", "query"): True, ("lng", "query"): True}


STATED = """\
# Upload API

## Uploads

### Send a file

**Endpoint:** `POST /v1/files`

- `name` (required): File name

## Rate limiting

### Raise the limit

**Endpoint:** `PUT /v1/limits`

**Query Parameters:**

- `per_minute` (required): Requests allowed per minute
"""


def test_a_behaviour_part_stating_its_route_keeps_its_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STATED)
    assert params_of(ops[("PUT", "/v1/limits")]) == {("per_minute", "query"): True}
