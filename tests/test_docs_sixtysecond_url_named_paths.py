"""Routes a page names only as relative URLs in code, in the sixty-second registry batch
(benchmarks/docs/registry_truth): a reStructuredText page about embeddable images writes no method, gives its
image URLs as relative literals ("a url like ``maps/tile?zoom=3``") and says "there are many others, choose from
any of these" over a list of words. Each URL is a GET with its query names as parameters; each listed word is a
route beside the named one, with the parameters the page shows on it. A page that writes request lines, and a
relative path no sentence calls a URL, are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

PAGE = """\
Map images
==========

Per region
----------

Using a url like ``maps/tile?zoom=3`` will give you an image like this.

Or pick a region with ``maps/tile?region=eu&zoom=5``.

Kinds
-----

So far you have only seen the ``maps/tile`` URL, but there are many others. Choose from any of these:

- tile
- relief
- satellite
"""


def test_relative_urls_and_their_listed_alternatives_are_gets(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "maps.rst")
    assert set(ops) == {("GET", "/maps/tile"), ("GET", "/maps/relief"), ("GET", "/maps/satellite")}
    expected = {("zoom", "query"): False, ("region", "query"): False}
    assert all(params_of(op) == expected for op in ops.values())


def test_a_page_of_request_lines_or_paths_called_no_url_is_left_alone(tmp_path: Path) -> None:
    stated = PAGE + "\nThe service also answers ``GET /health``.\n"
    assert set(extracted_operations(tmp_path, stated, "maps.rst")) == {("GET", "/health")}
    files = PAGE.replace("Using a url like", "Using a file like").replace(
        "the ``maps/tile`` URL", "the ``maps/tile`` file"
    )
    with pytest.raises(InputError):
        extracted_operations(tmp_path, files, "maps.rst")
