"""Option bullets written "`name`, (type), text", in the sixty-second registry batch
(benchmarks/docs/registry_truth): a reStructuredText page lists its options as "``title``, Set a title." and
"``N``, (int), the number of points", a comma instead of a colon or dash after the coded name. They read as
`name (type) - text` items would. A bullet whose comma is followed by another coded name lists names, not a
parameter and its description, and is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.blocks import Block, Where
from mcpgen.ingest.docs.comma_terms import comma_term_as_dash
from mcpgen.ingest.docs.params import from_list
from tests.operations import extracted_operations, params_of

PAGE = """\
Tiles
=====

Request ``GET /tiles`` to get an image.

General options
---------------

- ``title``, Set a title on the image.
- ``dpi``, (int), Defaults to ``96``.  Sets the resolution.
- ``grid``, (boolean), Defaults to ``False``.  Show/hide the grid
  lines.
"""


def test_comma_separated_option_bullets_are_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "tiles.rst")
    assert params_of(ops["GET", "/tiles"]) == {
        ("title", "query"): False,
        ("dpi", "query"): False,
        ("grid", "query"): False,
    }


def test_type_in_parenthesis_between_commas_is_kept() -> None:
    assert comma_term_as_dash("`dpi`, (int), Defaults to `96`.") == "`dpi` (int) - Defaults to `96`."
    block = Block("list", Where("x.rst", 1), items=(("", "`dpi`, (int), Defaults to `96`."),))
    [param] = from_list(block, "query", labelled=True)
    assert (param.name, param.type) == ("dpi", "integer")


def test_a_comma_before_another_coded_name_or_after_plain_words_is_left_alone() -> None:
    assert comma_term_as_dash("`json`, `xml` and `csv` are accepted.") == "`json`, `xml` and `csv` are accepted."
    assert comma_term_as_dash("First, you can specify the options.") == "First, you can specify the options."
    names = Block("list", Where("x.rst", 1), items=(("", "`json`, `xml`"), ("", "`csv`, `tsv`")))
    assert from_list(names, "query", labelled=True) == []
