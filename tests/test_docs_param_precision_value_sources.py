"""A route named as the source of a value is a reference, not the request of the section it sits in: "use
`Lanczos` or a `name` value from `GET /v1/upscalers`", "the `job_id` returned by `POST /v1/jobs`".

Such a sentence points the reader to the call that yields a value for a field of another request. Read as a
statement of its route, it made the section that route's own, and the section's field table became the arguments
of a call that takes none. Where the route is stated elsewhere, the reference is set aside and the section goes to
the request it belongs to; a route the document names only so is still found."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

FIELD_SUMMARY = """\
# Render server

## Endpoints

### `GET /v1/upscalers`

Lists the upscalers the server has.

### `POST /v1/jobs`

Submits a render job.

#### Fields

| Field | Type |
| --- | --- |
| `prompt` | `string` |
| `upscaler` | `string` |

For `upscaler`, use `Lanczos`, `Nearest`, or a `name` value from `GET /v1/upscalers`.
"""


def test_a_value_source_does_not_take_the_fields_of_its_section(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FIELD_SUMMARY)
    assert set(ops) == {("GET", "/v1/upscalers"), ("POST", "/v1/jobs")}
    assert params_of(ops[("GET", "/v1/upscalers")]) == {}
    assert set(params_of(ops[("POST", "/v1/jobs")])) == {("prompt", "body"), ("upscaler", "body")}


ONLY_SOURCE = """\
# Render server

## `POST /v1/jobs`

Submits a render job. Poll it with the `id` returned by `POST /v1/jobs` and a `name` value from `GET /v1/models`.

| Field | Type |
| --- | --- |
| `prompt` | `string` |
"""


def test_a_route_named_only_as_a_source_is_still_found(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ONLY_SOURCE)
    assert ("GET", "/v1/models") in ops
    assert set(params_of(ops[("POST", "/v1/jobs")])) == {("prompt", "body")}
