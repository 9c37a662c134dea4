"""A heading beside a function's call-signature heading, in the eighty-first registry batch
(benchmarks/docs/registry_truth): a middleware README titles a section `` `make( [options] )` ``, lists the routes
it installs in headings under it, then documents "### Options" beside it. Those options are the function's, not
parameters of the last route listed. Under a heading that is no call signature ("### Endpoints") a part heading at
its level still continues the route named last (a flat layout)."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Service

Create middleware to serve `/__gtg` and `/__error` endpoints.

### `makeService( [options] )`

The following routes are added:

#### Good to go (`/__gtg`)

Returns `200 OK` when the application is healthy.

#### Error (`/__error`)

This endpoint simply throws a JavaScript error.

### Options

The available options are as follows:

- `manifestPath`: (Optional) Path to the app's `package.json` file.
- `routes`: (Optional) An array of routes to install.
"""

FLAT = DOC.replace("### `makeService( [options] )`", "### Endpoints")


def _names(op: dict) -> set[str]:
    names = {p["name"] for p in op.get("parameters", [])}
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    return names | set(schema.get("properties", {}))


def test_options_beside_a_call_signature_are_no_route_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {("GET", "/__gtg"), ("GET", "/__error")} <= set(ops)
    assert not _names(ops[("GET", "/__error")])


def test_options_beside_a_plain_heading_continue_the_last_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FLAT)
    assert {"manifestPath", "routes"} <= _names(ops[("GET", "/__error")])
