"""Options shown on any listed alternative of a URL family, in the sixty-second registry batch
(benchmarks/docs/registry_truth): a page lists the alternatives of a URL's last segment ("choose from any of
these: line, bar, ...") and later shows `?style=` only on `charts/bar`. The alternatives differ only in that
segment, so each takes what the page shows on any of them. A path of the family that is not among the listed
alternatives keeps only its own query."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Map images
==========

Using a url like ``maps/tile?zoom=3`` will give you an image like this.

Kinds
-----

So far you have only seen the ``maps/tile`` URL, but there are many others. Choose from any of these:

- tile
- relief
- satellite

Styles
------

Here is ``maps/relief?style=dark``, and ``maps/legend?lang=en`` draws the legend.
"""


def test_a_query_shown_on_one_alternative_is_taken_by_each(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "maps.rst")
    expected = {("zoom", "query"): False, ("style", "query"): False}
    for kind in ("tile", "relief", "satellite"):
        assert params_of(ops["GET", f"/maps/{kind}"]) == expected


def test_a_path_outside_the_listed_alternatives_keeps_its_own_query(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "maps.rst")
    assert params_of(ops["GET", "/maps/legend"]) == {("lang", "query"): False}
