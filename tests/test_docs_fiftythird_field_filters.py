"""A listing said to be filtered by a plain word, in the fifty-third registry batch
(benchmarks/docs/registry_truth): a README's bullets read "`GET /projects` - List projects (optionally filtered by
owner)" and the `POST /projects` example body carries `"owner"`. The word is a query parameter of the listing
(optional) because a route of the same path has a body field of that name; a plain word no route carries
("filtered by date") and the same phrase on a path with no such field give nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

README = """\
# Garden API

- `POST /plots` - Create a plot
- `GET /plots` - List plots (optionally filtered by keeper)
- `GET /seeds` - List seeds (filtered by keeper or date)

```bash
curl -X POST http://localhost:8000/plots \\
  -H "Content-Type: application/json" \\
  -d '{"name": "North", "keeper": "ana"}'
```
"""


def test_a_plain_filter_word_that_is_a_field_of_the_collection_is_a_query_parameter(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, README)
    assert params_of(ops[("GET", "/plots")]) == {("keeper", "query"): False}


def test_words_no_route_of_the_path_carries_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, README)
    assert params_of(ops[("GET", "/seeds")]) == {}
    assert ("date", "query") not in params_of(ops[("GET", "/plots")])
