"""Routes listed under a method written alone in bold, in the eightieth registry batch
(benchmarks/docs/registry_truth): a paragraph `**POST**` over bullets each holding a route alone after a host
placeholder, `**<API_HOST>/api/3/action/request_key**`, with sub-bullets "Description: ..." and "Param1: email
(str).". Each bullet is a request of the labelled method, its numbered parameter labels its inputs; the same path
under `**GET**` is another operation. A bold method over a list whose bullets are sentences gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Login extension

## Endpoints

**POST**

- **<API_HOST>/api/3/action/request_key**
  - Description: Request a login key for an email.
    - Creates the user when missing.
  - Param1: email (str).
- **<API_HOST>/api/3/action/revoke_token**
  - Description: Revoke a token.
  - Param1: token (str).
  - Param2: reason (str).

**GET**

- **<API_HOST>/api/3/action/revoke_token**
  - Description: Revoke the current token.
- **<API_HOST>/api/3/action/whoami**
  - Description: The logged-in user.
"""

PROSE = """\
# Notes

## Logging

**POST**

- Requests sent to /api/upload are logged with their size.
- Requests sent to /api/import are logged with their source.

## API

`GET /v1/ping` answers pong.
"""


def test_bold_method_labels_each_bullet_route_with_its_numbered_params(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {
        ("POST", "/api/3/action/request_key"),
        ("POST", "/api/3/action/revoke_token"),
        ("GET", "/api/3/action/revoke_token"),
        ("GET", "/api/3/action/whoami"),
    }
    assert set(params_of(ops[("POST", "/api/3/action/request_key")])) == {("email", "body")}
    assert set(params_of(ops[("POST", "/api/3/action/revoke_token")])) == {("token", "body"), ("reason", "body")}
    assert params_of(ops[("GET", "/api/3/action/whoami")]) == {}


def test_a_bold_method_over_sentences_gives_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, PROSE)) == {("GET", "/v1/ping")}
