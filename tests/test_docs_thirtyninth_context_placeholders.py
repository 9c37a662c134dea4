"""Named services on a content object, in the thirty-ninth registry batch (benchmarks/docs/registry_truth): one
curl names the object with a placeholder (`curl http://localhost:8080/site/++api++/<folder_path>/@order -X POST`),
others with a concrete folder (`curl http://localhost:8080/site/shop/@slots`). The concrete folder is an example
value of the placeholder at the same position (Zope's `++api++` traversal segment names no object), so the route
is `/site/{folder_path}/@slots` with its path parameter. A service called on the site itself (`/site/@orders`)
keeps its route, and a document that never writes a placeholder there keeps its concrete folder."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PLACEHOLDER_ONCE = """\
# Shop API

## @order

```
curl http://localhost:8080/site/++api++/<folder_path>/@order \\
    -X POST -H 'Content-Type: application/json' -d '{"slot": "2023-05-23T09:00"}'
```

## @slots

Called on a shop folder.

```
curl -i http://localhost:8080/site/shop/@slots -H 'Accept: application/json'
```

## @orders

```
curl -i http://localhost:8080/site/@orders?from=2023-10-22 -H 'Accept: application/json'
```
"""

NO_PLACEHOLDER = """\
# Shop API

## @slots

```
curl -i http://localhost:8080/site/shop/@slots -H 'Accept: application/json'
```

## @orders

```
curl -i http://localhost:8080/site/@orders?from=2023-10-22 -H 'Accept: application/json'
```
"""


def test_a_concrete_folder_before_a_service_takes_the_documents_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PLACEHOLDER_ONCE)
    assert ("GET", "/site/{folder_path}/@slots") in ops, sorted(ops)
    assert params_of(ops[("GET", "/site/{folder_path}/@slots")]).get(("folder_path", "path")) is True
    assert ("GET", "/site/@orders") in ops, sorted(ops)
    assert ("POST", "/site/++api++/{folder_path}/@order") in ops, sorted(ops)


def test_without_a_placeholder_there_the_folder_stays(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NO_PLACEHOLDER)
    assert set(ops) == {("GET", "/site/shop/@slots"), ("GET", "/site/@orders")}, sorted(ops)
