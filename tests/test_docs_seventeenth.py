"""Structures of the seventeenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Seventeenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

METHOD_HEADINGS = """\
# accounts

## Endpoints

### User

#### `GET`

URL: `/me/`

* **response**

    * data:

        `email`

#### `PUT`

URL: `/me/`

* **request**

    * data:

        `{{ User.REQUIRED_FIELDS }}`

### Set password

#### `POST`

URL: `/password/`

* **request**

    * data:

        `new_password`

        `re_new_password` (if `SET_PASSWORD_RETYPE` is `True`)

* **response**

    * data:

        `status`
"""


def test_a_heading_of_a_method_over_a_url_line_and_request_data_items(tmp_path: Path) -> None:
    """`#### \\`POST\\`` over "URL: `/password/`" states `POST /password/`; under a "request" item, a "data:" item
    lists the names it sends (a template expression names none; a remark in brackets is no name); what the
    "response" item lists comes back."""
    doc = tmp_path / "README.md"
    doc.write_text(METHOD_HEADINGS, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/me/"),
        ("post", "/password/"),
        ("put", "/me/"),
    ]
    assert params_of(paths["/password/"]["post"]) == {
        ("new_password", "body"): False,
        ("re_new_password", "body"): False,
    }
    assert params_of(paths["/me/"]["get"]) == {}


BOLD_REQUEST_LINES = """\
# accounts

## API Endpoints

**POST /api/accounts/signup**

Call this endpoint to sign up a new user.

- Payload

    - email (required)
    - first_name (optional)

- Possible responses

```python
201 (Created)
```

**GET /api/accounts/signup/verify/?code=\\<code\\>**

When the user clicks the link, the front end calls this endpoint.

- Parameters

    - code (required)

**POST /api/accounts/login**

- Payload

    - password (required)
"""


def test_bold_request_lines_open_operations_and_labelled_items_hold_their_fields(tmp_path: Path) -> None:
    """Operations in one section, each opened by a paragraph that is its request line in bold: the blocks up to
    the next are its own. A top-level item "Payload" (or "Parameters") over sub-items `name (required)` lists the
    request's fields."""
    doc = tmp_path / "README.md"
    doc.write_text(BOLD_REQUEST_LINES, encoding="utf-8")
    paths = extract_openapi(doc, Diagnostics())["paths"]
    assert params_of(paths["/api/accounts/signup"]["post"]) == {("email", "body"): True, ("first_name", "body"): False}
    assert params_of(paths["/api/accounts/signup/verify/"]["get"]) == {("code", "query"): True}
    assert params_of(paths["/api/accounts/login"]["post"]) == {("password", "body"): True}


MOUNTED = """\
# accounts

## Endpoints

* `POST /register/` registers a user.
* `POST /login/` logs a user in.
* `GET /me/` the user.

## Sample usage

`$ curl -X POST http://127.0.0.1:8088/auth/register/ --data 'username=djoser&password=djoser'`

`$ curl -X GET http://127.0.0.1:8088/auth/me/`
"""


def test_full_urls_that_call_the_stated_routes_under_a_mount_put_the_mount_in_the_server_url(tmp_path: Path) -> None:
    """Routes stated as paths (`/register/`, `/me/`) and sample calls on full URLs under one prefix no route has
    (`http://127.0.0.1:8088/auth/register/`): the API is mounted there, so the server's URL ends with the mount
    and the calls are the stated routes, not routes of their own."""
    doc = tmp_path / "README.md"
    doc.write_text(MOUNTED, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    assert sorted(document["paths"]) == ["/login/", "/me/", "/register/"]
    assert document["servers"][0]["url"] == "http://127.0.0.1:8088/auth"
