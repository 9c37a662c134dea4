"""A page that writes no method anywhere and states its routes as bare paths, in the forty-fourth registry batch
(benchmarks/docs/registry_truth): paths alone on indented lines after prose ("at the following URL:"), a route
spelled first with plain words for its variables (`/-/maps/db-name/zoom/x/y.png`) and again with braces
(`/-/maps/database-name/{z}/{x}/{y}.png`), and sentences pointing the reader at more paths ("can be found at
`/-/maps/db-name`", "Visit `/-/maps` for an index page", "The `/-/stack/{z}/{x}/{y}.png` endpoint ...", "visit
https://demo.example.org/-/stack").

The two spellings are one route, named as the braced one says, the word both write differently (`db-name`,
`database-name`) a placeholder wherever the page writes it; the paths sentences point at are routes, GET; a URL to
another site, a file-system path and a page that writes methods are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# maps

## Usage

It serves tiles from those databases at the following URL:

    /-/maps/db-name/zoom/x/y.png

An example map for each database can be found at `/-/maps/db-name` in the menus.

Visit `/-/maps` for an index page of attached databases. Read the code at https://github.com/example/maps too.

### Systems

For the 0-at-the-top system, use the following URL:

    /-/maps/database-name/{z}/{x}/{y}.png

For the 0-at-the-bottom system, use this:

    /-/maps-flip/database-name/{z}/{x}/{y}.png

### Stacks

For a demo of this in action, visit https://demo.example.org/-/stack and zoom in.

The `/-/stack/{z}/{x}/{y}.png` endpoint provides this feature. Logs are found at `/var/log/maps`.
"""


def test_a_route_spelled_in_words_and_with_braces_is_one_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert ("GET", "/-/maps/{database-name}/{z}/{x}/{y}.png") in ops
    assert ("GET", "/-/maps-flip/{database-name}/{z}/{x}/{y}.png") in ops
    assert not [key for key in ops if "zoom" in key[1] or "/database-name/" in key[1]]
    assert set(params_of(ops[("GET", "/-/maps/{database-name}/{z}/{x}/{y}.png")])) == {
        ("database-name", "path"),
        ("z", "path"),
        ("x", "path"),
        ("y", "path"),
    }


def test_paths_sentences_point_at_are_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    assert {("GET", "/-/maps/{db-name}"), ("GET", "/-/maps"), ("GET", "/-/stack/{z}/{x}/{y}.png")} <= set(ops)
    assert ("GET", "/-/stack") in ops  # the demo's URL: the head of a route the page states
    assert not [key for key in ops if key[1].startswith(("/example", "/var"))]
    assert len(ops) == 6


WITH_METHODS = """\
# maps

Fetch a tile:

    GET /maps/{z}/{x}/{y}.png

Visit `/status` for the health page, and the `/admin/panel` page for settings.
"""


def test_a_page_that_writes_methods_is_left_to_them(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WITH_METHODS)
    assert set(ops) == {("GET", "/maps/{z}/{x}/{y}.png")}


TWO_ROUTES = """\
# maps

Tiles are served at the following URL:

    /maps/tiles/zoom/x/y.png

Images are served at:

    /maps/images/{z}/{x}/{y}.png

Find images at:

    /maps/images/find

Read one image at:

    /maps/images/{name}
"""


def test_words_where_another_route_differs_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWO_ROUTES)
    assert ("GET", "/maps/tiles/zoom/x/y.png") in ops
    assert ("GET", "/maps/images/{z}/{x}/{y}.png") in ops
    assert ("GET", "/maps/images/find") in ops  # one word where a route has a placeholder: a sibling route
