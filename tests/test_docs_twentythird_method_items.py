"""Index pages of the twenty-third registry batch (benchmarks/docs/registry_truth) that list routes under method
words: a method and a path relative to the site in code, with a trailing "Parameters:" sentence, and lists of
bare method words, each over the commands of the one route the section states in a sentence. Each rule is written
for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

INDEX = """\
# Garden REST API's

## Old API's

Each URL is relative to the dashboard's URL.

* GET `garden/readfile` - Returns the content of a file. Parameters: `bed`, `fname`
* GET `garden/status` - returns the state of every bed
* POST `garden/writefile` - Create or update a file. Parameters: `bed`, `fname`, `data`.

## New API's

### Bed API's

The endpoint is defined as `/:bed` which translates in dashboard code to `./garden/beds/<bed>`.

Each of these API's accepts a `cmd` parameter as a URL query parameter. Allowed `cmd`s are below.

* ALL - gathers the parameters of every request first.
* GET
  * `listplants` - List the plants of this bed
  * `checkwater` - Whether the bed needs water
* DELETE
  * `deleteplant` - remove a plant

### Shared API's

These use the URL `./garden/beds/-shared-`.

* GET
  * `listtools` - List the shared tools

## Code

The router is written in `lib/routes/garden.js` and mounted in `lib/web.js`.

* GET
  * `anything` - a command of no route stated here
"""


def test_a_method_item_with_a_path_relative_to_the_site_is_a_route_from_its_root(tmp_path: Path) -> None:
    """``GET `garden/readfile` - ...``: the route `/garden/readfile`; a "Parameters:" sentence closing or inside the
    item lists its parameters (query for a GET, body for a POST), nothing said of their need."""
    paths = extracted_paths(tmp_path, "index.md", INDEX)
    assert params_of(paths["/garden/readfile"]["get"]) == {("bed", "query"): False, ("fname", "query"): False}
    assert params_of(paths["/garden/status"]["get"]) == {}
    assert params_of(paths["/garden/writefile"]["post"]) == {
        ("bed", "body"): False,
        ("fname", "body"): False,
        ("data", "body"): False,
    }


def test_method_words_over_commands_are_the_methods_of_the_route_the_section_states(tmp_path: Path) -> None:
    """A list of bare method words, each over items of its own, gives one operation per method of the route the
    section's sentence states (the path it translates to; `./` is the site root), each taking what the section's
    sentences say of the route (a `cmd` parameter); the items under a method are no routes nor parameters, "ALL"
    is no method, and a section stating no route (only source files) adds nothing."""
    paths = extracted_paths(tmp_path, "index.md", INDEX)
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/garden/readfile": {"get"},
        "/garden/status": {"get"},
        "/garden/writefile": {"post"},
        "/garden/beds/{bed}": {"get", "delete"},
        "/garden/beds/-shared-": {"get"},
    }
    assert params_of(paths["/garden/beds/{bed}"]["delete"]) == {("bed", "path"): True, ("cmd", "query"): False}
    assert params_of(paths["/garden/beds/{bed}"]["get"]) == {("bed", "path"): True, ("cmd", "query"): False}
    assert params_of(paths["/garden/beds/-shared-"]["get"]) == {}  # `listtools` is a command, not a parameter
