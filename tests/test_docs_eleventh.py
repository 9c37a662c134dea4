"""Structures of the eleventh registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Eleventh batch"):
each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of


def _operations(paths: dict) -> list[tuple[str, str]]:
    return sorted((m, p) for p, ops in paths.items() for m in ops)


def test_routes_nested_under_bare_path_items_take_their_parents_paths(tmp_path: Path) -> None:
    """A bullet tree: `/api/v1` > `/widgets` > `POST /`, `PUT /:id/colour`; the routes are the concatenation,
    the **Requires** / **Accepts** sub-items their fields (required / not), "No parameters" none; a later list
    naming `/widgets` again at its top means the same resource."""
    paths = _paths(
        tmp_path,
        "routes.md",
        "# Endpoints\n\n"
        "* `/api/v1`\n"
        "    * `/widgets`\n"
        "        * `POST /`\n"
        "            * Creates a widget\n"
        "            * **Requires**: `name`\n"
        "            * **Accepts**: `colour`, `tags (array)`\n"
        "        * `PUT /:id/colour`\n"
        "            * **Requires**: `colour`\n"
        "        * `DELETE /:id`\n"
        "            * **Accepts**: No parameters normally, will accept `password` instead of a token\n"
        "    * `/gadgets`\n"
        "        * `DELETE /:gid/parts`\n"
        "            * **Requires**: `parts (array)`\n"
        "        * `GET /:gid`\n"
        "            * **Accepts**: `fields`\n\n"
        "## Changes\n\n"
        "* `/widgets`\n"
        "    * Two new endpoints, `DELETE /:id` and `PUT /:id/colour`\n",
    )
    assert _operations(paths) == [
        ("delete", "/api/v1/gadgets/{gid}/parts"),
        ("delete", "/api/v1/widgets/{id}"),
        ("get", "/api/v1/gadgets/{gid}"),
        ("post", "/api/v1/widgets"),
        ("put", "/api/v1/widgets/{id}/colour"),
    ]
    assert params_of(paths["/api/v1/widgets"]["post"]) == {
        ("name", "body"): True,
        ("colour", "body"): False,
        ("tags", "body"): False,
    }
    assert params_of(paths["/api/v1/widgets/{id}/colour"]["put"]) == {("id", "path"): True, ("colour", "body"): True}
    assert params_of(paths["/api/v1/widgets/{id}"]["delete"]) == {("id", "path"): True}
    assert params_of(paths["/api/v1/gadgets/{gid}/parts"]["delete"]) == {("gid", "path"): True, ("parts", "body"): True}
    assert params_of(paths["/api/v1/gadgets/{gid}"]["get"]) == {("gid", "path"): True, ("fields", "query"): False}


def test_routes_written_in_full_under_a_path_item_stay_as_written(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "routes.md",
        "# Endpoints\n\n* `/users`\n    * `GET /users/:id` - one user\n    * `GET /users` - every user\n",
    )
    assert _operations(paths) == [("get", "/users"), ("get", "/users/{id}")]
