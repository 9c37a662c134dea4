"""Example bodies elided with `...`, in the twenty-seventh registry batch (benchmarks/docs/registry_truth): a
section shows the whole payload, then a curl sending `{"index": 1, "name": "Pump", ... }`. The second is an excerpt of
the first: that it shows only `index` and `name` says nothing about which fields may be left out. The rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

EXCERPT_AFTER_PAYLOAD = """\
# Schedule server

## PUT /api/programs/{id}

Replaces a program.

**Sample Payload:**

```
{
  "index": 1,
  "name": "Pump",
  "days": 7,
  "entries": [{"start": "06:00", "end": "09:00"}]
}
```

**Sample Curl:**

```
curl -X PUT "http://localhost:8080/api/programs/1" -d "{ \\"index\\": 1, \\"name\\": \\"Pump\\", ... }"
```
"""

TWO_WHOLE_BODIES = """\
# Schedule server

## PUT /api/programs/{id}

Replaces a program.

Request body:

```json
{"index": 1, "name": "Pump", "days": 7}
```

Request body, without the days:

```json
{"index": 2, "name": "Heat"}
```
"""


def test_an_excerpt_of_the_payload_does_not_make_its_fields_required(tmp_path: Path) -> None:
    """Every field of the payload is a body field; none is required because the excerpt kept it."""
    paths = extracted_paths(tmp_path, "README.md", EXCERPT_AFTER_PAYLOAD)
    params = params_of(paths["/api/programs/{id}"]["put"])
    assert params == {
        ("id", "path"): True,
        ("index", "body"): False,
        ("name", "body"): False,
        ("days", "body"): False,
        ("entries", "body"): False,
    }


def test_whole_bodies_that_leave_a_field_out_still_show_what_is_required(tmp_path: Path) -> None:
    """Two complete bodies stated as the request's, one without `days`: the fields both send stay required, `days`
    does not (bodies example calls send decide nothing of the kind: `sent_bodies.py`)."""
    paths = extracted_paths(tmp_path, "README.md", TWO_WHOLE_BODIES)
    params = params_of(paths["/api/programs/{id}"]["put"])
    assert params == {("id", "path"): True, ("index", "body"): True, ("name", "body"): True, ("days", "body"): False}
