"""A coded name whose default the prose of a route's own section states, in the forty-ninth registry batch
(benchmarks/docs/registry_truth): a section opening with `POST /market/history`, whose text says "`fill_data`
默认关闭" (is off by default) or "`fill_data` defaults to `false`". A default is what the server assumes when the
caller leaves the name out: an optional body field of that route. The same sentence in a section no route owns
(a configuration chapter) gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Market API

## Routes

- `POST /market/history`: history bars
- `POST /market/quotes`: quotes

## History

`POST /market/history` returns the raw fields, grouped by symbol.

{sentence}

## Configuration

`log_level` defaults to `info`.
"""


def test_a_name_given_a_default_in_a_routes_section_is_its_optional_field(tmp_path: Path) -> None:
    for sentence in ("Downloads run in a pool. `fill_data` 默认关闭。", "`fill_data` defaults to `false`."):
        ops = extracted_operations(tmp_path, PAGE.format(sentence=sentence))
        assert params_of(ops[("POST", "/market/history")]) == {("fill_data", "body"): False}, sentence
        assert params_of(ops[("POST", "/market/quotes")]) == {}


def test_a_default_outside_a_routes_section_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE.format(sentence="The bars are sorted by time."))
    assert params_of(ops[("POST", "/market/history")]) == {}
    assert all(("log_level", "body") not in params_of(op) for op in ops.values())
