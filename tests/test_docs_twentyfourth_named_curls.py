"""A route a specification states only in sentences, with one-line curl commands in inline code that write the
method and drop the scheme (the twenty-fourth registry batch, benchmarks/docs/registry_truth). Written for the
structure, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

SPEC = """\
# Readings

## Store readings
### POST /v1/readings

#### Query Parameters
* station_id (string, optional) - the station the readings belong to

# Status

The service reports its status under ```/status``` endpoint, in two flavors.

## Full status
Checks the service and its database.

Example:
```curl -XGET 10.0.0.7:8080/status```

## Quick status
Accessible only for ```HEAD``` requests.

Example:
```curl -X HEAD 10.0.0.7:8080/status```

## Tracing
Logs of a request can be fetched too, for example ```curl -XGET 10.0.0.7:8080/trace/42```.
"""


def test_inline_curls_with_a_written_method_state_the_route_the_sentences_name(tmp_path: Path) -> None:
    """ "under ```/status``` endpoint", then ```curl -XGET host/status``` and ```curl -X HEAD host/status```: GET
    and HEAD /status, beside the request-line heading; a curl whose path no sentence names (`/trace/42`) stays
    an example of no stated route."""
    paths = extracted_paths(tmp_path, "spec.md", SPEC)
    assert sorted(paths) == ["/status", "/v1/readings"]
    assert sorted(paths["/status"]) == ["get", "head"]
    assert params_of(paths["/status"]["head"]) == {}
    assert params_of(paths["/v1/readings"]["post"]) == {("station_id", "query"): False}


def test_a_scheme_less_private_address_in_a_curl_is_plain_http(tmp_path: Path) -> None:
    """`curl -XGET 10.0.0.7:8080/status`: a server on a private address, reached over plain HTTP."""
    (tmp_path / "spec.md").write_text(SPEC)
    document = extract_openapi(tmp_path / "spec.md", Diagnostics())
    assert document["servers"] == [{"url": "http://10.0.0.7:8080"}]
