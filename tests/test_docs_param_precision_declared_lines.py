"""Parameter precision: a code block of `name: type` lines under a heading that places them (openapi-to-md's
"Parameters(Query)" over ```` ```typescript api-version: string ``` ````) is read as declared parameters of that
location; the same lines are not also headers the request sends, though each looks like a `Name: value` header
line. A header block with no stated location (`X-Request-Id: {id}` after the request) is still read as headers."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

DECLARED_QUERY_LINES = """\
# Machines API

### [DELETE]/machines/{machineName}

- Description
Deletes a machine.

#### Parameters(Query)

```typescript
api-version: string
```

### [POST]/machines/{machineName}/restart

Restarts a machine. The request sends this header:

```
X-Request-Id: {request_id}
```
"""


def test_declared_lines_under_a_query_heading_are_not_headers(tmp_path: Path) -> None:
    """`api-version: string` is the query parameter the heading says, not a header `api-version`; the header
    lines of the POST's block, placed by nothing else, are still its headers."""
    ops = extracted_operations(tmp_path, DECLARED_QUERY_LINES)
    assert params_of(ops[("DELETE", "/machines/{machineName}")]) == {
        ("machineName", "path"): True,
        ("api-version", "query"): True,
    }
    assert ("X-Request-Id", "header") in params_of(ops[("POST", "/machines/{machineName}/restart")])
