"""Example requests of the thirtieth registry batch (benchmarks/docs/registry_truth) that write a template's
placeholder as a stand-in value: beside `GET /projects/:PROJECT_ID/queues`, the request
`POST http://relay.local:7000/projects/your-project-id/messages` is `POST /projects/{PROJECT_ID}/messages`.
A segment that only sits where a template has a placeholder (`/projects/archived`) is a route of its own."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

PAGE = """\
# Relay

## Publishing

**Request Endpoint**

```http
POST http://relay.local:7000/projects/your-project-id/messages?token=abc123
```

**Request Body**

```json
{"topic": "alerts", "text": "disk full"}
```

## HTTP API

**Queues**

Lists the queues of a project.

```http
GET /projects/:PROJECT_ID/queues
```

**Queue**

Describes one queue.

```http
GET /projects/:PROJECT_ID/queues/:QUEUE
```

**Archived**

```http
GET http://relay.local:7000/projects/archived
```
"""


def _lower(paths: dict[str, object]) -> dict[str, object]:
    return {path.lower(): item for path, item in paths.items()}


def test_an_example_segment_spelling_the_templates_placeholder_is_that_placeholder(tmp_path: Path) -> None:
    paths = _lower(_paths(tmp_path, "README.md", PAGE))
    assert "/projects/{project_id}/messages" in paths
    assert "/projects/your-project-id/messages" not in paths
    post = {
        (name.lower(), where): required
        for (name, where), required in params_of(paths["/projects/{project_id}/messages"]["post"]).items()
    }
    assert post[("project_id", "path")] is True
    assert {("topic", "body"), ("text", "body")} <= set(post)


def test_a_literal_segment_where_a_template_has_a_placeholder_stays_a_route(tmp_path: Path) -> None:
    paths = _lower(_paths(tmp_path, "README.md", PAGE))
    assert "/projects/archived" in paths
    assert "/projects/{project_id}/queues" in paths
