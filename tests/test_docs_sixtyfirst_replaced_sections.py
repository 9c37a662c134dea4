"""A section that states its routes as those of the sibling section before it with one word replaced, in the
sixty-first registry batch (benchmarks/docs/registry_truth): under "### Lamp" a route table, and under "### Fan"
only "Similar to the lamp API. Just replace lamp by fan (there is no group for fans)." Each lamp route with `lamp`
as a path segment is copied with the word replaced throughout its path (`{lamp_id}` becomes `{fan_id}`), by the
same method; the copies whose path holds what the sentence says fans have none of (`group`) are left out. A
sentence that replaces a word without saying the API is alike, or one under a heading of another level, states
no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROUTES = """\
| | HTTP |
|---|---|
| List the lamps | GET /lamp/list.json |
| List the lamp groups | GET /lamp/group/list.json |
| Read a lamp | GET /lamp/<lamp_id>/state |
| Set a lamp | POST /lamp/<lamp_id>/state/value.json |
"""

ALIKE = f"""\
# Home API

## Devices

### Lamp

{ROUTES}
### Fan

*Similar to the lamp API. Just replace lamp by fan (there is no group for fans).*
"""

UNLIKE = f"""\
# Home API

## Devices

### Lamp

{ROUTES}
### Fan

To migrate old scripts, replace lamp by fan in your configuration.

#### Heater

The same as the lamp API, with lamp replaced by heater.
"""


def test_a_section_alike_with_a_word_replaced_states_the_copied_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ALIKE)
    assert {k for k in ops if k[1].startswith("/fan")} == {
        ("GET", "/fan/list.json"),
        ("GET", "/fan/{fan_id}/state"),
        ("POST", "/fan/{fan_id}/state/value.json"),
    }
    assert params_of(ops[("POST", "/fan/{fan_id}/state/value.json")]) == {("fan_id", "path"): True}


def test_a_replacement_without_likeness_or_under_another_level_states_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNLIKE)
    assert not [k for k in ops if not k[1].startswith("/lamp")]
