"""A query argument of every service, stated once in the thirtieth registry batch (benchmarks/docs/registry_truth):
"The services support the ``JSONP`` format, using the ``GET`` parameter ``callback=NAME``." over the routes is an
optional query parameter of each GET route; a sentence that only names a parameter of one call states none."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

PAGE = """\
# Tides

The services support the `JSONP` format, using the `GET` parameter `callback=NAME`.

## GET /{site}/levels

The latest levels.

## GET /{site}/series/{year}

A year of readings.

## POST /{site}/notes

Adds a note.
"""


def test_a_get_parameter_the_services_all_support_is_an_optional_query_of_each_get_route(tmp_path: Path) -> None:
    paths = _paths(tmp_path, "README.md", PAGE)
    assert params_of(paths["/{site}/levels"]["get"]) == {("site", "path"): True, ("callback", "query"): False}
    assert ("callback", "query") in params_of(paths["/{site}/series/{year}"]["get"])
    assert ("callback", "query") not in params_of(paths["/{site}/notes"]["post"])


def test_a_parameter_of_one_call_is_not_given_to_every_route(tmp_path: Path) -> None:
    text = PAGE.replace("The services support the `JSONP` format, using", "The series call supports JSONP, using")
    paths = _paths(tmp_path, "README.md", text)
    assert ("callback", "query") not in params_of(paths["/{site}/levels"]["get"])
