"""Names a page's own requests send, shown again in its other paths, in the twenty-sixth registry batch
(benchmarks/docs/registry_truth): a user created with `{"username": "alice42"}` and every other request written
with `alice42` in its path. The rule is written for the structure a page uses, not for the project that showed
it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

REGISTERED = """\
# Hub API

## Register a user

```
POST /hub
```

Request body:

```json
{"devicetype": "my phone", "username": "alice42"}
```

## Devices

```
GET /hub/alice42/devices
```

```
GET /hub/alice42/devices/3
```

## Remove another user

```
DELETE /hub/alice42/users/usernameToRemove
```
"""

ANSWERED = """\
# Hub API

## Who am I

```
GET /hub/whoami
```

Response:

```json
{"username": "alice42"}
```

## Devices

```
GET /hub/alice42/devices
```

## Rename a device

```
PUT /hub/devices/3
```

Request body:

```json
{"name": "devices"}
```
"""


def test_a_value_a_request_body_gives_a_username_is_that_placeholder_in_other_paths(tmp_path: Path) -> None:
    """`{"username": "alice42"}` sent by `POST /hub`: `/hub/alice42/devices` is `/hub/{username}/devices`, and a
    segment written as the key with a camelCase qualifier (`usernameToRemove`) is a stand-in of its own."""
    paths = extracted_paths(tmp_path, "hub.md", REGISTERED)
    assert set(paths) == {
        "/hub",
        "/hub/{username}/devices",
        "/hub/{username}/devices/{id}",
        "/hub/{username}/users/{usernameToRemove}",
    }
    assert params_of(paths["/hub/{username}/devices/{id}"]["get"]) == {("username", "path"): True, ("id", "path"): True}
    assert set(paths["/hub/{username}/users/{usernameToRemove}"]) == {"delete"}


def test_a_value_only_a_response_shows_or_a_name_field_sends_stays_a_literal_segment(tmp_path: Path) -> None:
    """A username in a response is not a value the page sends; `"name": "devices"` names no user or account."""
    paths = extracted_paths(tmp_path, "hub.md", ANSWERED)
    assert "/hub/alice42/devices" in paths
    assert "/hub/devices/{id}" in paths or "/hub/devices/3" in paths
