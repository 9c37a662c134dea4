"""Path headings whose sentences tell the method to use, in the seventy-seventh registry batch
(benchmarks/docs/registry_truth): `### /select-scenario` over "Use `PUT` and the following body:" and a JSON
example is a PUT with that body, not a GET a bare path heading would default to; a sibling part after the routes
("## API", "### options" with its table) describes no route. A path heading whose sentences name no method to use
("Returns the groups.") is not given one by this rule."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Mock Server

## Additional API paths

A few additional endpoints exist that return json:

- `/scenarios`
- `/select-scenario`
- `/groups`

### /scenarios

Returns an array of scenarios available. Use `GET`.

### /select-scenario

Allows you to select which scenario is active. Use `PUT` and the following body:

```json
{
  "scenarioId": "{SCENARIO_YOU_WANT_TO_SELECT}"
}
```

### /groups

Returns an array of groups. Use `GET`.

## API

### options

| Property | Type     | Default   | Description                  |
| -------- | -------- | --------- | ---------------------------- |
| port     | `number` | `3000`    | Port the server listens on.  |
| uiPath   | `string` | `/`       | Path that the UI will load on. |
"""


def test_use_method_sentence_gives_the_heading_path_its_method(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("PUT", "/select-scenario") in ops
    assert ("GET", "/select-scenario") not in ops
    assert params_of(ops[("PUT", "/select-scenario")]) == {("scenarioId", "body"): False}


def test_a_sibling_part_after_the_routes_is_no_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/groups")]) == {}


NO_METHOD = """\
# Mock Server

## Paths

### GET /health

Returns the server's health.

### /select-scenario

Allows you to select which scenario is active, using the following body:

```json
{"scenarioId": "x"}
```
"""


def test_a_path_heading_whose_sentences_say_no_method_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NO_METHOD)
    assert ("GET", "/health") in ops
    assert ("PUT", "/select-scenario") not in ops
