"""A route the text tells its reader to use with a query string, in code, in the forty-ninth registry batch
(benchmarks/docs/registry_truth): beside a route table, a note "`details` is not exposed on `/users` — use
`/items?owner_id=…&include=details` instead". The coded use of the stated GET route `/items` names its query
parameters (`owner_id`, `include`), none required. A coded URL only mentioned, without a verb bidding its use
("the `/items?legacy=1` form is gone"), gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Widget API

| Path | Method | Description |
|---|---|---|
| `/items` | GET | Items |
| `/users` | GET | Users |

## Notes

{sentence}
"""


def test_a_coded_use_the_text_bids_names_the_query(tmp_path: Path) -> None:
    sentence = "`details` is not exposed on `/users` — use `/items?owner_id=…&include=details` instead."
    ops = extracted_operations(tmp_path, PAGE.format(sentence=sentence))
    assert params_of(ops[("GET", "/items")]) == {("owner_id", "query"): False, ("include", "query"): False}
    assert params_of(ops[("GET", "/users")]) == {}


def test_a_coded_url_only_mentioned_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(sentence="The `/items?legacy=1` form is gone."))
    assert params_of(ops[("GET", "/items")]) == {}
