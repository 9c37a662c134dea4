"""Structures of the twenty-second registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a section
whose parameters are "Same as" another section named by a path relative to its own."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_RELATIVE_SAME_AS = """\
# Weather service

## Endpoints

### GET /weather/daily

Daily forecasts for a place.

**Query Parameters:**

- `lat` (required): Latitude
- `lon` (required): Longitude
- `days` (optional): How many days to forecast

### GET /weather/hourly

Hourly forecasts for a place.

**Query Parameters:** Same as `/daily`

### GET /weather/sites/:code/daily

Daily forecasts for one weather site.

**Path Parameters:**

- `code` (required): Site code

**Query Parameters:**

- `days` (optional): How many days to forecast

### GET /weather/sites/:code/hourly

Hourly forecasts for one weather site.

**Parameters:** Same as `/sites/:code/daily`
"""


def test_a_same_as_path_names_the_sibling_route_under_the_sections_own_prefix(tmp_path: Path) -> None:
    """A "Same as `/daily`" under `GET /weather/hourly` takes the parameter lists of `GET /weather/daily` (the path
    written from the prefix the two routes share), required flags included; "Same as `/sites/:code/daily`" takes
    both the path and the query list of `GET /weather/sites/:code/daily`."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_RELATIVE_SAME_AS)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("get", "/weather/daily"),
        ("get", "/weather/hourly"),
        ("get", "/weather/sites/{code}/daily"),
        ("get", "/weather/sites/{code}/hourly"),
    }
    daily = {("lat", "query"): True, ("lon", "query"): True, ("days", "query"): False}
    assert params_of(paths["/weather/daily"]["get"]) == daily
    assert params_of(paths["/weather/hourly"]["get"]) == daily
    site = {("code", "path"): True, ("days", "query"): False}
    assert params_of(paths["/weather/sites/{code}/daily"]["get"]) == site
    assert params_of(paths["/weather/sites/{code}/hourly"]["get"]) == site
