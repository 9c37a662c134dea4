"""Request bodies of the thirtieth registry batch (benchmarks/docs/registry_truth) that may be sent in two forms:
"Alternatively, raw `JobSpec` can be sent directly as the request body" beside the object form makes no field of
that object required, whatever the examples send; and "**Request:** Same format as `/jobs`, wrapped JobSpec with
`spec` field" names the field the body comes with."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

PAGE = """\
# Jobs server

## Server Endpoints

### `POST /jobs`

Creates a job.

**Request:**

```typescript
type JobOptions = {
  spec: JobSpec | string; // the job, or a URL to fetch it from
  priority?: number;
};
```

Alternatively, raw `JobSpec` can be sent directly as the request body.

### `POST /check`

Checks a job without running it.

**Request:** Same format as `/jobs`, wrapped JobSpec with `spec` field, or raw `JobSpec` directly as the body.

## Examples

**Create a job:**

```typescript
const { id } = await fetch("http://localhost:4000/jobs", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ spec: jobSpec, priority: 2 }),
}).then((r) => r.json());
```

**Create a job at the default priority:**

```typescript
const { id } = await fetch("http://localhost:4000/jobs", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ spec: otherSpec }),
}).then((r) => r.json());
```
"""


def test_a_body_that_may_be_the_raw_value_requires_no_field_of_its_object_form(tmp_path: Path) -> None:
    jobs = params_of(_paths(tmp_path, "README.md", PAGE)["/jobs"]["post"])
    assert jobs[("spec", "body")] is False
    assert jobs[("priority", "body")] is False


def test_a_request_label_naming_the_field_the_body_comes_with_states_that_field(tmp_path: Path) -> None:
    check = params_of(_paths(tmp_path, "README.md", PAGE)["/check"]["post"])
    assert check == {("spec", "body"): False}


def test_without_the_raw_form_the_example_calls_still_decide_nothing(tmp_path: Path) -> None:
    """Two calls, one leaving `priority` out, show what those callers chose to send: they make no field
    required (`sent_bodies.py`)."""
    text = PAGE.replace("Alternatively, raw `JobSpec` can be sent directly as the request body.\n", "")
    jobs = params_of(_paths(tmp_path, "README.md", text)["/jobs"]["post"])
    assert jobs[("spec", "body")] is False
    assert jobs[("priority", "body")] is False
