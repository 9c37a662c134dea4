"""Routes named where they are not stated, in the twenty-fourth registry batch (benchmarks/docs/registry_truth):
a parameter table's note naming the call that makes a field's value, and an index whose link text glues a
placeholder to the segment before it. Each rule is written for the structure a page uses, not for the project
that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

NOTED = """\
# Garden

## Plant Seed ##

Plants a seed.

```
POST /v2/beds/{bed}/seeds

{"seed": "bean", "request_id": "r-1"}
```

The JSON body of the request includes the following parameters:

| Field | Type | Description |
|-------|------|-------------|
| seed | String | The seed to plant. |
| request\\_id | String | A unique identifier; make one with the [`GET /v2/ids`](#new-id) method. |

## New ID ##

```
GET /v2/ids
```

Returns a fresh unique identifier.
"""


def test_a_call_named_in_a_parameter_note_does_not_take_the_section_of_the_request_shown(tmp_path: Path) -> None:
    """A section showing `POST /v2/beds/{bed}/seeds` with its body, whose table says a field's value comes from
    "the `GET /v2/ids` method": the table's fields are the POST's, and GET /v2/ids keeps its own section."""
    paths = extracted_paths(tmp_path, "README.md", NOTED)
    post = paths["/v2/beds/{bed}/seeds"]["post"]
    assert {name for name, location in params_of(post) if location == "body"} == {"seed", "request_id"}
    assert params_of(paths["/v2/ids"]["get"]) == {}


INDEX = """\
# Garden

## Routes

* [List Beds - `GET /v2/gardens/{:garden}/beds`](#list-beds)
* [Get Bed - `GET /v2/gardens{:garden}/beds/{:bed}`](#get-bed)

## List Beds ##

```
GET /v2/gardens/{:garden}/beds
```

## Get Bed ##

```
GET /v2/gardens/{:garden}/beds/{:bed}
```
"""


def test_an_index_link_gluing_a_placeholder_to_its_segment_is_the_slashed_route_the_page_states(
    tmp_path: Path,
) -> None:
    """`GET /v2/gardens{:garden}/beds/{:bed}` in an index, where a section states `GET
    /v2/gardens/{:garden}/beds/{:bed}`: one route, written once without its slash, not a second one."""
    paths = extracted_paths(tmp_path, "README.md", INDEX)
    assert set(paths) == {"/v2/gardens/{garden}/beds", "/v2/gardens/{garden}/beds/{bed}"}


def test_a_glued_placeholder_no_slashed_route_matches_is_kept_as_written(tmp_path: Path) -> None:
    """A route whose placeholder follows a segment without a slash, and that no route of the page spells with
    one, is the document's own route."""
    paths = extracted_paths(tmp_path, "README.md", INDEX.replace("/v2/gardens/{:garden}/beds/{:bed}\n", "/v2/x\n"))
    assert "/v2/gardens{garden}/beds/{bed}" in paths
