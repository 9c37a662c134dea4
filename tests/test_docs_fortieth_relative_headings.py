"""Operation headings written as a method and a path relative to the API's base, in the fortieth registry batch
(benchmarks/docs/registry_truth): a bullet gives the base URL pattern, then each operation is a heading
"`GET widgets/widget_info`" with no leading slash, over a query-parameter table with a Required column. The
heading is the request line of that route from the base, `GET /widgets/widget_info`, and its table gives the
route's parameters. A heading with words besides the request line, or a path of one segment, states no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Widget API

- **Base URL pattern:** `https://<host>/api/<group>/<call>`

## Endpoints

### Widgets

#### {heading}

Fetch one widget's details.

**Query parameters:**

| Parameter | Required | Description |
|-----------|----------|-------------|
| `account` | Yes | Account to act for |
| `widget_id` | Yes | Widget to read |
| `verbose` | No | Longer answer |

#### `POST widgets/add_widget`

Create a widget.

**Form body (`application/x-www-form-urlencoded`):**

| Field | Required | Description |
|-------|----------|-------------|
| `name` | Yes | Name of the widget |
| `colour` | No | Its colour |
"""


def test_relative_route_headings_are_rooted_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(heading="`GET widgets/widget_info`"))
    assert set(ops) == {("GET", "/widgets/widget_info"), ("POST", "/widgets/add_widget")}
    assert params_of(ops[("GET", "/widgets/widget_info")]) == {
        ("account", "query"): True,
        ("widget_id", "query"): True,
        ("verbose", "query"): False,
    }
    assert params_of(ops[("POST", "/widgets/add_widget")]) == {("name", "body"): True, ("colour", "body"): False}


def test_a_heading_with_more_words_or_one_segment_is_no_route(tmp_path: Path) -> None:
    for heading in ("Why we GET widgets/widget_info first", "`GET widgets`", "`GET docs/widgets.md`"):
        ops = extracted_operations(tmp_path, DOC.format(heading=heading))
        assert set(ops) == {("POST", "/widgets/add_widget")}, heading
