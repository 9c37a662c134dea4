"""A curl calling a named service on the site root, answered by a response whose own link names the service on
a folder, in the thirty-ninth registry batch (benchmarks/docs/registry_truth): `curl
http://localhost:8080/site/@orders?from=...` answered by `{"@id": "http://localhost:8080/site/shop/@orders",
...}`. A service or view named with `@` (Zope/Plone's `@orders`, `@@export`) is traversed on whatever object the
URL names before it, so the link shows the context that example ran on, not a segment the printed request lost:
the route is the one the curl calls. A request ending in an ordinary segment, answered by a link with one inner
segment more, is still corrected to the route the link names."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

SERVICE = """\
# Orders

## @orders

Lists the orders.

```
curl -i http://localhost:8080/site/@orders?from=2023-10-22 -H 'Accept: application/json'
```

```
{
    "@id": "http://localhost:8080/site/shop/@orders",
    "items": []
}
```
"""

LOST_SEGMENT = """\
# Storage

```
curl http://localhost:8000/redfish/v1/node-7/Storage
```

```
{
    "@odata.id": "/redfish/v1/Systems/node-7/Storage",
    "Name": "Storage"
}
```
"""


def test_a_service_keeps_the_context_its_curl_calls(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SERVICE)
    assert ("GET", "/site/@orders") in ops, sorted(ops)
    assert ("GET", "/site/shop/@orders") not in ops


def test_an_ordinary_request_is_still_corrected_by_its_own_link(tmp_path: Path) -> None:
    paths = {path for _, path in extracted_operations(tmp_path, LOST_SEGMENT)}
    assert any(path.startswith("/redfish/v1/Systems/") for path in paths), paths
