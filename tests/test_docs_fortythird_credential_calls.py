"""The call an authentication section shows a token used on, in the forty-third registry batch
(benchmarks/docs/registry_truth): an "API Authentication" section names `POST /api/auth/login` in a bullet and
shows two curls, one getting the token and one sending it (`-H "Authorization: Bearer <token>"`) to a route
nothing else states. That second call is what the token is for, a route of the API, not an aside to logging in.
A call of another route inside an operation's own section (a setup step before it), or a call in the
authentication section that sends no credential, stays an aside."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

AUTH = """\
# Finds

## Records

- `GET /api/records` - list the records
- `POST /api/records` - add a record

## API Authentication

- **JWT tokens**: Use `POST /api/auth/login` to get an access token
- **Token usage**: send it in the `Authorization: Bearer <token>` header

Example:

```bash
# Get token
curl -X POST http://localhost:8000/api/auth/login -d "username=admin&password=admin"

# Use token
curl {header}http://localhost:8000/api/sites
```
"""

SETUP = """\
# Finds

## Create a record

`POST /api/records`

First switch the import feature on:

```bash
curl -X PATCH -H "Authorization: Bearer <token>" http://localhost:8000/api/features/import
curl -X POST -H "Authorization: Bearer <token>" http://localhost:8000/api/records -d '{"name": "urn"}'
```
"""


def test_the_call_a_token_is_shown_used_on_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, AUTH.replace("{header}", '-H "Authorization: Bearer <token>" '))
    assert ("GET", "/api/sites") in ops
    assert ("POST", "/api/auth/login") in ops


def test_a_call_without_a_credential_stays_an_aside(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, AUTH.replace("{header}", ""))
    assert ("GET", "/api/sites") not in ops


def test_a_setup_call_in_an_operation_s_section_stays_an_aside(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SETUP)
    assert set(ops) == {("POST", "/api/records")}
