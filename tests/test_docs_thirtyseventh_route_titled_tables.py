"""A parameter table under a heading that names one route's path, in the thirty-seventh registry batch
(benchmarks/docs/registry_truth): a Russian README's endpoint table of GET routes, then "### Параметры `/calls`"
over a table `Параметр | Описание | Пример` of names in code, then curl examples that send some of those names in
the query of `/calls`. The heading titles the table as about `/calls`: every row is a parameter of that route (a
query parameter of the GET). A table whose header the reader knows (`Name | Description`) counts as a parameter
table under such a heading in any words; one it cannot read counts when the route's examples already send one of
its names. A heading about the response, a heading that is the path alone, or a path no route has, gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Calls API

## API

### Routes

| Method | Path | Description |
|---|---|---|
| GET | `/calls` | List calls |
| GET | `/calls/{id}` | One call |
| GET | `/totals` | Totals |
| GET | `/lines` | Lines |
| GET | `/users` | Users |

### Параметры `/calls`

| Параметр | Описание | Пример |
|---|---|---|
| `src` | Номер | `100` |
| `page_size` | Записей | `50` |

### Arguments of `/totals`

| Name | Description |
|---|---|
| `since` | First day |
| `until` | Last day |

### `/lines` response

| Name | Description |
|---|---|
| `number` | The line number |
| `label` | The line label |

### `/users`

| Name | Description |
|---|---|
| `login` | The user's login |
| `email` | The user's address |

### Parameters of `/archive`

| Name | Description |
|---|---|
| `year` | The year |
| `month` | The month |

### Examples

```bash
curl "http://host:8000/calls?src=100"
```
"""


def test_a_table_under_a_heading_naming_a_route_gives_its_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/calls")]) == {("src", "query"): False, ("page_size", "query"): False}
    assert params_of(ops[("GET", "/totals")]) == {("since", "query"): False, ("until", "query"): False}


def test_a_response_heading_or_an_unknown_path_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("GET", "/lines")]) == {}
    assert params_of(ops[("GET", "/users")]) == {}
    assert not any(key[1] == "/archive" for key in ops)
    assert all(("year", "query") not in params_of(op) for op in ops.values())
