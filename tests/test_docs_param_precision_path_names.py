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


SEGMENTS_LISTED_ONE_BY_ONE = """\
# Machines API

## POST /accounts/{accountId}/groups/{groupName}/machines/{machineName}/restart

Restarts a machine.

Parameters:

- `groupName` (string) - The name of the group.
- `machineName` (string) - The name of the machine.
- `accountId` (string) - The account the group belongs to.

Query Parameters:

- `api-version` (string) - The version of the API.

## POST /accounts/{accountId}/groups/{groupName}/machines

Creates a machine in the group.

Parameters:

- `accountId` (string) - The account.
- `groupName` (string) - The group.
- `size` (string) - The machine size.
"""


def test_an_unplaced_list_naming_every_segment_of_its_route_describes_the_route(tmp_path: Path) -> None:
    """With no body stated, a "Parameters:" list that names each placeholder of a route with two or more (Sphinx's
    httpdomain `:param` for every segment) describes those segments, not a body repeating its own URL: they are
    the path's, and nothing is sent as a body field of the same name. A name the route does not hold (`size`)
    is still a body field."""
    ops = extracted_operations(tmp_path, SEGMENTS_LISTED_ONE_BY_ONE)
    assert params_of(ops[("POST", "/accounts/{accountId}/groups/{groupName}/machines/{machineName}/restart")]) == {
        ("accountId", "path"): True,
        ("groupName", "path"): True,
        ("machineName", "path"): True,
        ("api-version", "query"): False,
    }
    assert params_of(ops[("POST", "/accounts/{accountId}/groups/{groupName}/machines")]) == {
        ("accountId", "path"): True,
        ("groupName", "path"): True,
        ("size", "body"): False,
    }
