"""A table defining the elements an options table's values are written from, in the sixty-second registry batch
(benchmarks/docs/registry_truth): `| Option | Values |` gives `stamps` as `{stamp};{stamp}[;{stamp} ...]`, then
`| Parameter | Values |` defines `stamp`: the format of one element, no parameter. A second table of names the
first one's values do not write as placeholders is more options."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Tracks API

## Service `match`

```
GET /match/{points}?stamps={stamps}
```

|Option |Values |Description |
|---|---|---|
|stamps |`{stamp};{stamp}[;{stamp} ...]` |Time of each point. |
|gaps |`split`, `ignore` (default) |What to do with gaps. |

|Parameter |Values |
|---|---|
|stamp |`integer` UNIX-like timestamp |

## Service `nearest`

```
GET /nearest/{point}
```

|Option |Values |Description |
|---|---|---|
|number |`{count}` |How many to return. |

|Parameter |Values |
|---|---|
|count |`integer >= 1` |
|exclude |`{kind}` road kinds to leave out |
"""


def test_a_table_of_value_elements_names_no_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(params_of(ops[("GET", "/match/{points}")])) == {
        ("points", "path"),
        ("stamps", "query"),
        ("gaps", "query"),
    }


def test_a_second_table_with_further_names_is_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert {("count", "query"), ("exclude", "query")} <= set(params_of(ops[("GET", "/nearest/{point}")]))
