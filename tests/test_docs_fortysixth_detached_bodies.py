"""A request body section set apart from the routes above it, in the forty-sixth registry batch
(benchmarks/docs/registry_truth): under `### Endpoints` each route has a `` #### `METHOD /path` `` heading
(`POST /tasks`, `GET /tasks/{id}`, `POST /tasks/{id}/stop`), then `### Request Body`, a heading at the level of
`### Endpoints` itself, shows the JSON a task is submitted with. The heading is shallower than the last route's, so
it speaks of the group, and its body is the group's one write route on a path with no placeholder (`POST /tasks`),
not the action on an item (`/tasks/{id}/stop`) that happened to come last. A `#### Request Body` under the route's
own heading stays that route's body."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DETACHED = """\
# Task server

### Endpoints

#### `POST /tasks`

Submits a task. Returns `202 Accepted`.

#### `GET /tasks/{id}`

Returns the task's status.

#### `POST /tasks/{id}/stop`

Stops a running task.

### Request Body

Example:

```json
{
  "command": "render",
  "priority": 3
}
```
"""

NESTED = """\
# Task server

### Endpoints

#### `POST /tasks`

Submits a task.

#### `POST /tasks/{id}/stop`

Stops a running task.

##### Request Body

```json
{
  "reason": "timeout"
}
```
"""


def test_a_body_section_set_apart_belongs_to_the_submitting_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DETACHED)
    assert params_of(ops[("POST", "/tasks")]) == {("command", "body"): False, ("priority", "body"): False}
    assert params_of(ops[("POST", "/tasks/{id}/stop")]) == {("id", "path"): True}


def test_a_body_section_under_the_routes_own_heading_stays_its(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NESTED)
    assert params_of(ops[("POST", "/tasks/{id}/stop")]) == {("id", "path"): True, ("reason", "body"): False}
    assert params_of(ops[("POST", "/tasks")]) == {}
