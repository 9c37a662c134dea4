"""Parts of a document about running the server are no request's part: "Configuration options", "Configuration
Reference > `[server]`", "Features", "Deployment" sections that name no route, after or beside the API part.

The owner logic lets a section without a route continue the one named last (a flat layout: `## POST /payment`,
then `## Parameters`), or gives it the only route its enclosing part names. A part whose heading says it is about
configuring, installing, deploying the server or selling its features is not such a continuation: its options
(`proxySecrets`, `[server] port`) are set by an operator before the server starts, its feature names ("Docker-ready")
are no fields. Only parts that name no route on their heading path nor below are read so, so `### Settings` under
`## PUT /v1/settings` keeps its fields."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

CONFIG_AFTER_API = """\
# The Proxy

## API

### `GET /proxy/features`

Returns the enabled features.

| Parameter | In | Description |
|---|---|---|
| `appName` | query | The calling application |

### `GET /proxy/health`

Health endpoint.

## Configuration options

| Option | Environment variable | Default | Description |
|---|---|---|---|
| `proxySecrets` | `PROXY_SECRETS` | n/a | Shared secrets of the clients |
| `refreshInterval` | `REFRESH_INTERVAL` | 5000 | How often to fetch toggles |
| `trustProxy` | `TRUST_PROXY` | false | Honour `X-Forwarded-For` |
"""


def test_configuration_options_do_not_continue_the_last_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CONFIG_AFTER_API)
    assert set(ops) == {("GET", "/proxy/features"), ("GET", "/proxy/health")}
    assert params_of(ops[("GET", "/proxy/health")]) == {}
    assert params_of(ops[("GET", "/proxy/features")]) == {("appName", "query"): False}


FEATURES = """\
# Gateway

## Features

### Core

- **Multi-turn** -- keeps the conversation across calls
- **Docker-ready** -- one image, no setup

### Operations

- **Config hot-reload** -- reload the config without restart via a hotkey or `POST /reload`

## Endpoints

| Path | Method | Description |
|---|---|---|
| `/v1/responses` | POST | Send a prompt |
| `/reload` | POST | Reload the config from disk |

### `POST /v1/responses`

| Field | Type | Description |
|---|---|---|
| `model` | string | The model |
| `input` | string | The prompt |

## Configuration Reference

### `[server]`

| Key | Type | Default | Description |
|---|---|---|---|
| `host` | string | 127.0.0.1 | Address to bind |
| `port` | integer | 8080 | Port to bind |
"""


def test_feature_bullets_and_config_keys_are_not_the_reloads_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FEATURES)
    assert set(ops) == {("POST", "/v1/responses"), ("POST", "/reload")}
    assert params_of(ops[("POST", "/reload")]) == {}
    assert set(params_of(ops[("POST", "/v1/responses")])) == {("model", "body"), ("input", "body")}


SETTINGS_ROUTE = """\
# Admin API

## `PUT /v1/settings`

Replace the settings.

### Settings

| Field | Type | Description |
|---|---|---|
| `theme` | string | The UI theme |
| `locale` | string | The UI language |
"""


def test_settings_under_their_request_stay_its_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SETTINGS_ROUTE)
    assert set(params_of(ops[("PUT", "/v1/settings")])) == {("theme", "body"), ("locale", "body")}


FUNCTION_REFERENCE = """\
# rest-models

## Getting started

```
GET /api/v1/Customers
POST /api/v1/Customers
```

### Query

`GET /api/v1/Customers?name=~regex` filters by name.

## Reference

### serve

```
serve(app, model, [options])
```

#### arguments

* **app** - The express app
* **model** - Your mongoose database model
* **options** - Optional options object
  * **strict** - When set to true, disallows DELETE all
  * **lean** - If `false`, returns full documents
  * **middleware** - An express middleware run first
"""


def test_a_library_functions_arguments_are_not_the_last_routes_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, FUNCTION_REFERENCE)
    assert set(ops) == {("GET", "/api/v1/Customers"), ("POST", "/api/v1/Customers")}
    names = {name for name, _ in params_of(ops[("GET", "/api/v1/Customers")])}
    assert not names & {"app", "model", "options", "strict", "lean", "middleware"}


CUSTOM_ENDPOINTS = """\
# REST API

## Preferences

### Delete Preference

`DELETE /api/_preferences/{key}`

## Custom Endpoints

Additional endpoints can be added by providing an array of `endpoints` in the config. Each endpoint object
needs to have:

| Property | Description |
| --- | --- |
| **`path`** | The route after the collection slug |
| **`method`** | The lowercase HTTP verb |
| **`handler`** | The function called with the request |
"""


def test_the_properties_of_an_endpoint_to_add_are_not_the_last_routes_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CUSTOM_ENDPOINTS)
    assert set(ops) == {("DELETE", "/api/_preferences/{key}")}
    assert params_of(ops[("DELETE", "/api/_preferences/{key}")]) == {("key", "path"): True}
