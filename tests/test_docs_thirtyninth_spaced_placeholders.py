"""A curl example whose URL ends in an angle placeholder of two words, unquoted, in the thirty-ninth registry
batch (benchmarks/docs/registry_truth): `curl http://host/site/@order/<order UID> -H 'Accept: application/json'`.
The shell would split the URL at the space; the writer means one placeholder, one path segment, so the route is
`/site/@order/{order UID}` with its path parameter, not `/site/@order/<order`. A redirection written apart from
the URL (`curl -X POST http://host/site/@import < orders.json`) joins nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SPACED = """\
# Orders

## Read an order

```
curl http://localhost:8080/site/@order/<order UID> -H 'Accept: application/json'
```

## Delete an order

```
curl -X DELETE http://localhost:8080/site/@order/<order UID> -H 'Accept: application/json'
```
"""

REDIRECTED = """\
# Orders

## Import orders

```
curl -X POST http://localhost:8080/site/@import < orders.json
```
"""


def test_a_two_word_angle_placeholder_is_one_path_segment(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SPACED)
    paths = {key[1] for key in ops}
    assert not any("<" in path for path in paths), paths
    gets = [key for key in ops if key[0] == "GET" and key[1].startswith("/site/@order/{")]
    deletes = [key for key in ops if key[0] == "DELETE" and key[1].startswith("/site/@order/{")]
    assert gets and deletes, sorted(ops)
    assert any(location == "path" and required for (_, location), required in params_of(ops[gets[0]]).items())


def test_a_redirection_apart_from_the_url_joins_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, REDIRECTED)
    assert ("POST", "/site/@import") in ops, sorted(ops)
    assert len(ops) == 1
