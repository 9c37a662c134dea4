"""Request bodies labelled under route items, in the thirty-fourth registry batch
(benchmarks/docs/registry_truth): each write route's bullet carries, nested under it, "**Input format (JSON)**"
over a JSON object (with `...` elided arrays and a `#` comment line). The items that carry an input label, in
order, match the labelled objects, in order; the object's top-level keys are that route's body fields, none said
to be required. An "Output format" object is the response and gives no field."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Scoring service

## Scores

* `/score/<kind>` scores `POST`ed gold and guess lists.

    **Input format (JSON)**

        {
            "gold": [
                ...
            ],
            "guess": [
                ...
            ]
        }

    **Output format (JSON)**

        {
            "score": 0.5,
            "detail": {}
        }

* `/compare/` compares `POST`ed gold with two guesses.

    **Input format (JSON)**

        # the lists as for score/<kind>
        {
            "gold": [...],
            "first": [...],
            "second": [...]
        }
"""


def test_labelled_objects_are_the_items_bodies_in_order(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/score/{kind}")]) == {
        ("kind", "path"): True,
        ("gold", "body"): False,
        ("guess", "body"): False,
    }
    assert params_of(ops[("POST", "/compare/")]) == {
        ("gold", "body"): False,
        ("first", "body"): False,
        ("second", "body"): False,
    }


def test_an_output_object_gives_no_field(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert ("score", "body") not in params_of(ops[("POST", "/score/{kind}")])
