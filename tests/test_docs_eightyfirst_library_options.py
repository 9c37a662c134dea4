"""Options of a page's library named in a route's sentence, in the eighty-first registry batch
(benchmarks/docs/registry_truth): "Always returns `200 OK` unless a `goodToGoTest` option is specified" under a
route, where the page lists `goodToGoTest` in an "Options" section of no route, names a setting of the package, not
a parameter of the request. An option the page does not list so is still read from the sentence."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Service

Create middleware to serve `/__gtg` and `/__about` endpoints.

### `makeService( [options] )`

The following routes are added:

#### Good to go (`/__gtg`)

Always returns `200 OK` unless a `goodToGoTest` option is specified.

#### About (`/__about`)

The information emitted is populated from the `about` option.

### Options

The available options are as follows:

- `about`: (Optional) Object containing standard runbook properties.
- `goodToGoTest`: (Optional) A function that indicates the good to go status of the service.
"""

UNLISTED = DOC.replace(
    "- `goodToGoTest`: (Optional) A function that indicates the good to go status of the service.\n", ""
)


def test_listed_library_options_are_no_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert not ops[("GET", "/__gtg")].get("parameters")
    assert not ops[("GET", "/__about")].get("parameters")


def test_an_option_the_page_does_not_list_is_still_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNLISTED)
    assert "goodToGoTest" in {p["name"] for p in ops[("GET", "/__gtg")].get("parameters", [])}
    assert not ops[("GET", "/__about")].get("parameters")
