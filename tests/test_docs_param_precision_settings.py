"""Settings of the server are no request's inputs: ALL_CAPS_SNAKE names listed under a heading about the
server's configuration, environment variables or deployment (`DATABASE_URL`, `BASE_IMAGE` under "Environment
Variables", "Deployment > Build arguments and environment variables").

Such a section belongs to no operation, but the owner logic may hand it to the one route the part names in
passing: a health check curled after deploying, or a setting's note "When set, registers `POST /v1/search`". An
operator sets these names before the server starts; a caller never sends them, so they are no tool arguments. A
heading that is a request line (`## PUT /v1/config`) keeps its fields, whatever their spelling."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DEPLOYMENT = """\
# Decider

## Endpoints

| Method | Path | Purpose |
|---|---|---|
| `POST` | `/v1/decide` | Make a decision |
| `GET` | `/readyz` | Readiness; `?warm=1` loads the model first |

### Body of `POST /v1/decide`

| Field | Type | Required | Description |
|---|---|---|---|
| `question` | string | yes | What to decide |
| `options` | array | yes | The choices |

## Deployment

Build the image and check that it answers:

```bash
docker build -t decider .
curl -s 'http://127.0.0.1:8765/readyz?warm=1'
```

### Build arguments and environment variables

| Name | Default | Meaning |
|---|---|---|
| `BASE_IMAGE` | python:3.11-slim | Base image of the build |
| `DECIDER_MAX_QUEUE` | 64 | Requests waiting at most |
| `DECIDER_API_KEYS` | | Comma-separated keys |
"""


def test_build_and_environment_variables_are_not_the_health_checks_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DEPLOYMENT)
    assert set(ops) == {("POST", "/v1/decide"), ("GET", "/readyz")}
    assert params_of(ops[("GET", "/readyz")]) == {("warm", "query"): False}
    assert params_of(ops[("POST", "/v1/decide")]) == {("question", "body"): True, ("options", "body"): True}


ENVIRONMENT = """\
# Memo server

## API Endpoints

- `POST /v1/memos` — Create a memo; body `text` (required) and `tags`
- `GET /v1/memos/{id}` — Fetch one memo
- `POST /v1/search` — Web discovery; registered only when `SEARCH_API_KEY` is set

## Environment Variables

- `DATABASE_URL` — PostgreSQL connection
- `LOG_LEVEL` — Log level (default: INFO)

### Search (dormant by default)

- `SEARCH_API_KEY` — When set, registers `POST /v1/search`
- `SEARCH_MAX_RESULTS` (default: `5`)
"""


def test_a_settings_list_naming_a_route_is_not_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ENVIRONMENT)
    assert ("POST", "/v1/search") in ops
    assert params_of(ops[("POST", "/v1/search")]) == {}
    assert params_of(ops[("GET", "/v1/memos/{id}")]) == {("id", "path"): True}


CONFIG_ROUTE = """\
# Admin API

## Configuration

### PUT /v1/config

Replace the running configuration.

| Field | Type | Description |
|---|---|---|
| `LOG_LEVEL` | string | New log level |
| `MAX_WORKERS` | integer | Worker count |
"""


def test_a_request_lines_fields_stay_whatever_their_spelling(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CONFIG_ROUTE)
    assert set(params_of(ops[("PUT", "/v1/config")])) == {("LOG_LEVEL", "body"), ("MAX_WORKERS", "body")}


COMMAND_LINE = """\
# Mesh monitor

## Relay

Enable the relay, then watch it:

- API: `GET /api/relay`

## Command-line options

- `--mesh-host` (Meshtastic IP/hostname)
- `--http-port` (default `8880`)

You can also set env vars instead of flags:

- `MESH_HOST` (default empty)
- `HTTP_PORT` (default `8880`)
- `RELAY_ENABLED` (`1`/`0`)
"""


def test_environment_variables_beside_command_line_flags_are_settings(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, COMMAND_LINE)
    assert set(ops) == {("GET", "/api/relay")}
    assert params_of(ops[("GET", "/api/relay")]) == {}
