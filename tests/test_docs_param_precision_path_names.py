"""Parameter precision: a parameter listed without a location, named as a placeholder of its route's path, beside
a body the document states with other fields, is that path segment, not a body field of the same name."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

UNPLACED_PATH_NAMES = """\
# Virtual machines API

## POST /vms/{vm_name}/restart

Restarts a virtual machine.

Parameters:

- `vm_name` (string) - The name of the virtual machine.

Request body:

- `force` (boolean) - Restart even if the machine does not answer.

## PUT /users/{username}

Replaces a user.

Parameters:

- `username` (string) - The user's name.
"""


def test_an_unplaced_parameter_named_as_a_path_placeholder_is_the_path_segment(tmp_path: Path) -> None:
    """Sphinx prints httpdomain's `:param vm_name:` (a path part) under "Parameters:", which says no location; the
    route's path names `{vm_name}` and the request body is stated apart without it, so the item describes the
    segment. Where no body is stated (the PUT), the unplaced name is still read as before: it may be the body's."""
    ops = extracted_operations(tmp_path, UNPLACED_PATH_NAMES)
    assert params_of(ops[("POST", "/vms/{vm_name}/restart")]) == {
        ("vm_name", "path"): True,
        ("force", "body"): False,
    }
    assert ("username", "body") in params_of(ops[("PUT", "/users/{username}")])
