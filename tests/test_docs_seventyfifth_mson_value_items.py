"""API Blueprint (MSON) facts nested under a parameter, in the seventy-fifth registry batch
(benchmarks/docs/registry_truth): `+ Default: \\`name\\`` and a `+ Members` item listing the values one per
deeper item say what the parameter above takes (`mson_value_items.py`); none of them is a parameter of its own. A
`Default: ...` item at the parameters' own depth is not nested under one and is left as the list writes it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
FORMAT: 1A

# Group Users

## User List [/users{?name,sort,limit}]

+ Parameters

    + name: `alice` (string, optional) - Search for a user by name
    + sort: `joined` (string, optional) - Which field to sort by
        + Default: `name`
        + Members
            + `name`
            + `joined`
            + `-age`
            + `location`
    + limit: `25` (integer, optional) - The maximum number of users to return
      + Default: `10`

### Get users [GET]
Get a list of users.
"""

NEAR_MISS = DOC.replace("        + Default: `name`\n", "    + Default: `name` - the default sort order\n")


def test_default_and_members_are_the_parameters_values(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, DOC, "api.md")[("GET", "/users")])
    assert set(params) == {("name", "query"), ("sort", "query"), ("limit", "query")}


def test_a_default_item_at_the_parameters_depth_is_not_a_fact(tmp_path: Path) -> None:
    params = params_of(extracted_operations(tmp_path, NEAR_MISS, "api.md")[("GET", "/users")])
    assert ("Default", "query") in params
