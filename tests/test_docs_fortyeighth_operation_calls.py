"""A client call named after an operation a route table names, in the forty-eighth registry batch
(benchmarks/docs/registry_truth): a `| Method | Endpoint | API operation | Description |` table (`games-scores`
for `GET /games/scores`) and an example `client.scores(sport='football', day_offset=0)`. The client names each
operation in snake_case, without the group prefix all of them share, so the call is that route's and its keyword
arguments are its query parameters, not said to be needed. A call no operation is named by (the client's
constructor, a method of the client's own), or one that passes positional values, states no parameter."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# games-client

```python
with GamesClient(api_key=key, timeout=30) as client:
    print(client.sports())
    print({call})
```

## Supported endpoints

| Method | Endpoint | API operation | Description |
| --- | --- | --- | --- |
| `GET` | `/games/sports` | `games-sports` | Sports covered |
| `GET` | `/games/scores` | `games-scores` | Scores of a day |
| `GET` | `/games/match-odds` | `games-match-odds` | Odds of a match |
"""


def test_keyword_arguments_of_an_operation_named_call_are_its_query_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(call="client.scores(sport='football', day_offset=0)"))
    assert params_of(ops[("GET", "/games/scores")]) == {("sport", "query"): False, ("day_offset", "query"): False}
    assert params_of(ops[("GET", "/games/sports")]) == {}
    assert all(("api_key", "query") not in params_of(op) for op in ops.values())


def test_the_full_operation_name_is_read_as_well(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(call="client.games_match_odds(match_id='x1')"))
    assert params_of(ops[("GET", "/games/match-odds")]) == {("match_id", "query"): False}


def test_a_call_named_by_no_operation_or_passing_positional_values_states_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(call="client.configure(retries=3)"))
    assert all(params_of(op) == {} for op in ops.values())
    ops = extracted_operations(tmp_path, DOC.format(call="client.scores('football', day_offset=0)"))
    assert params_of(ops[("GET", "/games/scores")]) == {}
