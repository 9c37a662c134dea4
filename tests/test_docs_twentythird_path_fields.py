"""reStructuredText field lists of the twenty-third registry batch (benchmarks/docs/registry_truth): an API stated
as one field list whose field names are paths, each over one bullet per method. Each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

ROUTES = """\
Kennel
======

Endpoints
---------

:``/dogs``:
        - GET: Returns every dog in the kennel, with its name and breed. The list is
        sorted by arrival.
        - POST: Register a dog in the kennel. POST body should be json containing:
                - ``dogName`` - what the dog answers to
                - ``breedCode`` - the breed's code from the breed list

:``/dogs/{tag}``:
        - GET: Retrieve one dog by its tag
        - DELETE: Remove the dog from the kennel.

:``/walks/(int:wid)``:
        - GET: The walk and the dogs on it.

Settings
--------

:kennel_size: how many dogs fit
:opens: the opening hour
"""


def test_a_field_list_of_paths_over_method_bullets_is_one_operation_per_bullet(tmp_path: Path) -> None:
    """`:``/dogs/{tag}``:` over `- GET: ...` and `- DELETE: ...` bullets: each bullet is an operation on the
    field's path, its text (continuation lines at the dash's column included) the operation's description; a
    field list of settings is not read as routes."""
    paths = extracted_paths(tmp_path, "README.rst", ROUTES)
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/dogs": {"get", "post"},
        "/dogs/{tag}": {"get", "delete"},
        "/walks/{wid}": {"get"},
    }
    assert "sorted by arrival" in paths["/dogs"]["get"]["description"]
    assert params_of(paths["/dogs/{tag}"]["delete"]) == {("tag", "path"): True}
