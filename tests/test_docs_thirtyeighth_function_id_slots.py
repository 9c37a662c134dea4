"""A resource that happens to be called a function (or a method), in the thirty-eighth registry batch
(benchmarks/docs/registry_truth): a function-as-a-service API whose pages state `GET /v1/functions` and
`GET /v1/functions/{function_id}`, `PUT` and `DELETE` of it. The slot `{function_id}` is the identifier of one
stored function, a path variable like `{widget_id}`: not the slot of an RPC-style page's one URL form
(`/api/{function}`, `/api/v1/{functionName}`), where every call's name fills the slot. A slot named for an id
(`_id`, `Id`, `_uuid`) leaves the member routes standing with their path parameter; a page whose form names the
function itself still reads as an RPC form, its calls endpoints of it."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

RESOURCE = """\
Functions
=========

List functions
--------------

.. rest_method:: GET /v1/functions

Lists the functions.

Show a function
---------------

.. rest_method:: GET /v1/functions/{function_id}

Shows one function.

Update a function
-----------------

.. rest_method:: PUT /v1/functions/{function_id}

Updates one function.

Delete a function
-----------------

.. rest_method:: DELETE /v1/functions/{function_id}

Deletes one function.
"""

RPC = """\
# Calls

Every function is called as `GET /api/v1/{functionName}` with its arguments in the query.

## `getState(id)`

Reads the state of an object.

## `setState(id, value)`

Writes the state of an object.
"""


def test_function_id_slot_is_a_member_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RESOURCE, "functions.rst")
    for method in ("GET", "PUT", "DELETE"):
        assert (method, "/v1/functions/{function_id}") in ops
        assert params_of(ops[(method, "/v1/functions/{function_id}")]) == {("function_id", "path"): True}
    assert params_of(ops[("GET", "/v1/functions")]) == {}


def test_function_name_slot_is_still_an_rpc_form(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RPC)
    assert ("GET", "/api/v1/getState") in ops
    assert ("GET", "/api/v1/setState") in ops
    assert ("GET", "/api/v1/{functionName}") not in ops
