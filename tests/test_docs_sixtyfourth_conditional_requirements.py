"""Requirements said for one case only, in the sixty-fourth registry batch (benchmarks/docs/registry_truth):
"For rotating, `deg` is required", "`client` is required only if ...", "either the `w` or `h` parameter is
required" leave the parameter optional; a field such a sentence alone names is still a field
(`conditional_requirements.py`). A plain requirement, and one scoped only to the request itself ("For this
endpoint, ..."), make the parameter required."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.conditional_requirements import conditional
from mcpgen.ingest.docs.prose import required_names
from tests.operations import extracted_operations, params_of

DOC = """\
# Images

## Transform

`GET /transform`

Parameters:

- `url`: the image
- `w`: the width
- `h`: the height
- `deg`: the rotation
- `client`: the client name

The `url` parameter is always required. For resizing, either the `w` or `h` parameter is required.
For rotating, `deg` is required. `client` is required only if a client name is configured.

## Create user

`POST /users`

Body:

- `username`: the login
- `password`: the secret

By default, `username` and `password` are required fields.
If email login is enabled, `email` and `password` are required fields.
For this endpoint, `token` is required.
"""


def test_requirements_for_one_case_leave_parameters_optional(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    params = params_of(ops[("GET", "/transform")])
    assert params[("url", "query")] is True
    assert params[("w", "query")] is False
    assert params[("h", "query")] is False
    assert params[("deg", "query")] is False
    assert params[("client", "query")] is False


def test_a_field_only_a_conditional_sentence_names_is_kept_optional(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    params = params_of(ops[("POST", "/users")])
    assert params[("email", "body")] is False
    assert params[("password", "body")] is True
    assert params[("username", "body")] is True


def test_a_scope_naming_the_request_itself_still_requires() -> None:
    assert required_names("For this endpoint, `token` is required.") == [(["token"], True)]
    assert required_names("For POST requests, `name` is required.") == [(["name"], True)]
    assert required_names("`name` is required.") == [(["name"], True)]
    assert required_names("When creating a user, `name` is required.") == [(["name"], True)]


def test_conditions_read() -> None:
    text = "For rotating, `deg` is required."
    assert conditional(text, text.index("`deg`"), text.index("required") + len("required"))
    assert required_names("`sig` is required when a key is set.") == [(["sig"], False)]
    assert required_names("Either `a` or `b` is required.") == [(["a", "b"], False)]
