"""A list item whose subject is two names joined by "and", in the seventy-fifth registry batch
(benchmarks/docs/registry_truth): "`height` and `width` are integer values (required)." Each name is a parameter
the sentence describes, the mark its own; an item of another shape ("`a` and `b` together select ...") names
none."""

from __future__ import annotations

from mcpgen.ingest.docs.alternatives import separate_items


def test_names_joined_before_are_each_take_the_sentence() -> None:
    items = (("", "`height` and `width` are integer values (required)."),)
    assert separate_items(items) == [
        ("", "`height`: are integer values (required)."),
        ("", "`width`: are integer values (required)."),
    ]


def test_names_joined_in_a_sentence_of_another_shape_are_left() -> None:
    items = (("", "`height` and `width` together select the size."),)
    assert separate_items(items) == list(items)


def test_names_said_to_be_no_fields_are_left() -> None:
    items = (("", "`ref_image`, `mask` and `strength` are not part of the request schema"),)
    assert separate_items(items) == list(items)
