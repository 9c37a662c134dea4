"""URL patterns of the thirtieth registry batch (benchmarks/docs/registry_truth) written with UPPERCASE words
that a list defines (``SITE``: the site's code), one pattern a line in literal blocks, with literal `*` and `-`
segments and no method: each line is a GET route whose UPPERCASE words are placeholders; the bare context
pattern they all begin with is no route; curl examples against a host with a prefix of its own are uses of the
routes. Without a list defining the words, a literal block of such paths states nothing new."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

PAGE = """\
Tides
=====

Context
-------

::

    /SITE/SENSOR

- ``SITE``: the site's code, or ``-`` for every site
- ``SENSOR``: the sensor's name

Example of context::

    /-/gauge7

Services
--------

::

    /*/*/levels
    /SITE/*/levels
    /SITE/SENSOR/series/YEAR/MONTH

Examples::

    $ curl http://host/path/to/brest/gauge7/series/2020/01
    $ curl http://host/path/to/brest/gauge2/series/2021/12
"""

UNDEFINED = PAGE.replace("- ``SITE``: the site's code, or ``-`` for every site\n", "").replace(
    "- ``SENSOR``: the sensor's name\n", ""
)


def test_listed_patterns_with_defined_uppercase_words_are_get_routes(tmp_path: Path) -> None:
    paths = _paths(tmp_path, "README.rst", PAGE)
    assert set(paths) == {"/*/*/levels", "/{SITE}/*/levels", "/{SITE}/{SENSOR}/series/{YEAR}/{MONTH}"}
    assert set(paths["/*/*/levels"]) == {"get"}
    assert params_of(paths["/{SITE}/{SENSOR}/series/{YEAR}/{MONTH}"]["get"]) == {
        ("SITE", "path"): True,
        ("SENSOR", "path"): True,
        ("YEAR", "path"): True,
        ("MONTH", "path"): True,
    }


def test_uppercase_words_no_list_defines_are_not_read_as_placeholders(tmp_path: Path) -> None:
    paths = _paths(tmp_path, "README.rst", UNDEFINED)
    assert "/{SITE}/*/levels" not in paths
    assert "/{SITE}/{SENSOR}/series/{YEAR}/{MONTH}" not in paths


MOUNTED = """\
# Tides

## GET /{site}/series/{year}

A year of readings.

## GET /{site}/levels

The latest levels.

## Examples

```
curl http://host/path/to/brest/series/2020
curl http://host/path/to/cadiz/series/2021
```
"""


def test_curls_behind_a_prefix_of_their_own_are_uses_of_the_templates_their_tails_fit(tmp_path: Path) -> None:
    paths = _paths(tmp_path, "README.md", MOUNTED)
    assert set(paths) == {"/{site}/series/{year}", "/{site}/levels"}
