"""A sentence beside a coded request line requiring a body field, in the eighty-first registry batch
(benchmarks/docs/registry_truth): "A json body with the url parameter is required: { "url": "http://..." }" under
`POST /api/hooks/delete/[name]` makes url a required body field. The same sentence under a GET, or a body said to
be optional, names no required field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Hooks

## API

- `POST /api/hooks/delete/[HookName]`
Remove one url of the hook.
A json body with the url parameter is required: { "url": "http://...", "tag": "x" }

- `POST /api/hooks/add/[HookName]`
Add a url. Requires JSON params:
"""

NEAR_MISS = """\
# Hooks

## API

- `GET /api/hooks/delete/[HookName]`
Remove all urls. A json body with the url parameter is required: { "url": "http://..." }

- `POST /api/hooks/add/[HookName]`
Add a url. A json body with the url parameter is optional.
"""


def test_required_body_sentence_names_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/hooks/delete/{HookName}")]) == {
        ("HookName", "path"): True,
        ("url", "body"): True,
        ("tag", "body"): True,
    }
    assert params_of(ops[("POST", "/api/hooks/add/{HookName}")]) == {("HookName", "path"): True}


def test_get_or_optional_body_names_no_required_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("url", "body") not in params_of(ops[("POST", "/api/hooks/add/{HookName}")])
    assert all(loc != "body" for _, loc in params_of(ops[("GET", "/api/hooks/delete/{HookName}")]))
