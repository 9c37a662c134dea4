"""Headers named for authentication, in the sixty-ninth registry batch (benchmarks/docs/registry_truth): an admin
route shown as `curl -H 'hc-auth: <YOUR AUTH TOKEN>' -X POST .../change_version/10.3.3`. A header whose last word is
`auth` (`hc-auth`, `X-Auth`) carries the caller's token: a security scheme, not an argument of the call
(`auth.py`). A body field named `auth` is left an argument."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

HEADER = """\
# Server

## Switching Versions

`POST /change_version/:version` switches the version at runtime.

```
curl -H 'hc-auth: <YOUR AUTH TOKEN>' -H 'X-Trace-Mode: full' -X POST 127.0.0.1:7801/change_version/10.3.3
```
"""

FIELD = """\
# Server

## Create a mailbox

`POST /mailboxes` creates a mailbox.

Body fields:

- `name`: The name of the mailbox.
- `auth`: The authentication mechanism the mailbox uses (`plain` or `login`).
"""


def test_a_header_named_auth_is_a_credential(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, HEADER)[("POST", "/change_version/{version}")])
    assert ("hc-auth", "header") not in params
    assert ("X-Trace-Mode", "header") in params


def test_a_body_field_named_auth_is_an_argument(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, FIELD)[("POST", "/mailboxes")])
    assert ("auth", "body") in params
