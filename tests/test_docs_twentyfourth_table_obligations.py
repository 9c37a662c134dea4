"""Required flags of parameter tables in the twenty-fourth registry batch (benchmarks/docs/registry_truth): a
sentence before the table saying its fields are required, a table that marks only its optional rows, and names
written with Markdown's escaped underscore. Each rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

LEAD_INS = """\
# Garden

## Plant Seed ##

Plants a seed.

```
POST /v2/beds/{:bed}/seeds
{
    "token": "t-1",
    "seed": {"kind": "bean"}
}
```

The following URL parameters are required by this API endpoint:

| Field | Type | Description |
|-------|------|-------------|
| bed | String | The bed to plant in. |

The following parameters are required in the JSON body of the request:

| Field | Value | Description |
|-------|-------|-------------|
| token | String | A token of the gardener. |
| seed | Object | The seed to plant. |

## Water Bed ##

```
POST /v2/beds/{:bed}/water
{"token": "t-1", "litres": 3}
```

The request body must be a JSON object with the following fields:

| Field | Value | Description |
|-------|-------|-------------|
| token | String | A token of the gardener. |
| litres | Integer | How much water to pour. |

## List Harvests ##

```
GET /v2/beds/{:bed}/harvests
```

Optionally, you can also include the following query parameters:

| Field | Type | Description |
|-------|------|-------------|
| since\\_day | Integer | If provided, leave out harvests before this day. |
| per\\_page | Integer | How many harvests a page holds. Defaults to 10. |
"""


def test_a_sentence_saying_the_fields_below_are_required_requires_each_row_of_the_table(tmp_path: Path) -> None:
    """ "The following parameters are required in the JSON body of the request:" and "The request body must be a
    JSON object with the following fields:" over a table with no required column: each row is a required body
    field."""
    paths = extracted_paths(tmp_path, "README.md", LEAD_INS)
    assert params_of(paths["/v2/beds/{bed}/seeds"]["post"]) == {
        ("bed", "path"): True,
        ("token", "body"): True,
        ("seed", "body"): True,
    }
    assert params_of(paths["/v2/beds/{bed}/water"]["post"]) == {
        ("bed", "path"): True,
        ("token", "body"): True,
        ("litres", "body"): True,
    }


def test_a_table_name_with_an_escaped_underscore_is_the_name_without_the_backslash(tmp_path: Path) -> None:
    """`since\\_day` in a table cell is Markdown's escape of `since_day` outside code: the parameter is
    `since_day`, not a cell left unread."""
    paths = extracted_paths(tmp_path, "README.md", LEAD_INS)
    assert params_of(paths["/v2/beds/{bed}/harvests"]["get"]) == {
        ("bed", "path"): True,
        ("since_day", "query"): False,
        ("per_page", "query"): False,
    }


OPTIONAL_ROWS = """\
# Garden

## Order Seeds ##

Orders seeds from the shop.

```
POST /v2/orders
{"seed": {"kind": "bean"}, "gardener": "g-1", "note": "by Friday"}
```

The JSON body of the request includes the following parameters:

| Field | Type | Description |
|-------|------|-------------|
| seed | Object | The seed to order. |
| gardener | String | Who orders. |
| note | String | (Optional) A note for the shop. |
| gift | Boolean | (Optional, defaults to false) Whether to wrap the seeds. |
"""


def test_a_table_marking_only_its_optional_rows_requires_the_unmarked_ones(tmp_path: Path) -> None:
    """Rows whose description opens "(Optional)" beside rows that say nothing of it, in a page that never
    marks a row "(Required)": the unmarked rows are required, as in a list marking only its optional keys."""
    paths = extracted_paths(tmp_path, "README.md", OPTIONAL_ROWS)
    assert params_of(paths["/v2/orders"]["post"]) == {
        ("seed", "body"): True,
        ("gardener", "body"): True,
        ("note", "body"): False,
        ("gift", "body"): False,
    }
