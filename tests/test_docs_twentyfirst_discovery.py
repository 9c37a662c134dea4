"""Structures of the twenty-first registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): a discovery
response that lists the API's endpoints. Each rule is written for the structure a page uses, not for the project
that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

DISCOVERY = """\
# Tide API

Tide heights for any harbour.

## Discovery

The root answers with the list of every endpoint:

```shell
$ curl https://tides.example.org/

➜ {
➜   "name": "Tide API",
➜   "endpoints": {
➜     "heights": "/v2/?harbours=brest,cadiz",
➜     "heightsByPath": "/v2/brest,cadiz",
➜     "harbour": "/v2/harbours/:code",
➜     "chart": "/v2/chart/?harbour=brest&days=3",
➜     "status": "/status"
➜   },
➜   "documentation": "/openapi.yaml"
➜ }
```

## Status

```shell
$ curl https://tides.example.org/status
```

## Heights

```shell
$ curl 'https://tides.example.org/v2/?harbours=brest&units=metric'
```
"""


def test_the_paths_a_discovery_response_lists_under_endpoints_are_get_routes(tmp_path: Path) -> None:
    """The root's response printed after its curl (each line marked `➜`) maps names to paths under
    `endpoints`: each path is a GET route; `:code` is a path parameter; a query string names optional query
    parameters; `/v2/brest,cadiz` beside `/v2/?harbours=brest,cadiz` passes `harbours` in the path. A path the
    response gives outside `endpoints` (its documentation) is none."""
    paths = extracted_paths(tmp_path, "README.md", DISCOVERY)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/"),
        ("get", "/status"),
        ("get", "/v2/"),
        ("get", "/v2/chart/"),
        ("get", "/v2/harbours/{code}"),
        ("get", "/v2/{harbours}"),
    ]
    assert params_of(paths["/v2/harbours/{code}"]["get"]) == {("code", "path"): True}
    assert params_of(paths["/v2/{harbours}"]["get"]) == {("harbours", "path"): True}
    assert params_of(paths["/v2/chart/"]["get"]) == {("harbour", "query"): False, ("days", "query"): False}
    assert params_of(paths["/v2/"]["get"]) == {("harbours", "query"): False, ("units", "query"): False}


NOT_A_LISTING = """\
# Mirror API

## Configure

```
POST /config
```

```json
{"endpoints": {"primary": "https://a.example.org", "backup": "https://b.example.org"}, "retries": 3}
```
"""


def test_an_endpoints_member_that_holds_no_paths_lists_no_routes(tmp_path: Path) -> None:
    """`"endpoints"` whose values are hosts (a configuration of upstreams), not paths of this API: nothing added."""
    paths = extracted_paths(tmp_path, "README.md", NOT_A_LISTING)
    assert sorted(paths) == ["/config"]
