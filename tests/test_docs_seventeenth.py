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
