"""A list of operations in the thirty-fifth registry batch (benchmarks/docs/registry_truth), each a bold title
bullet whose sub-bullets label its request's parts one a bullet ("Endpoint: `/api/...`", then "Method: POST"),
some titles grouped under a bullet that carries no path. Each group of labelled sibling bullets states one route;
the group bullets are none. A list whose labelled path has no method beside it (an address, a link) states no
route of its own."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Orders API
==========

Usage
-----

The module offers these endpoints:

-  **Create Order**

   -  Endpoint: `/api/order/create`
   -  Method: POST
   -  Description: Create a new order.

-  **Get Order**

   -  Endpoint: `/api/order/get`
   -  Method: GET
   -  Description: Read one order.

-  **Update the Order**

   -  **Change Address**

      -  Endpoint: `/api/order/update/address`
      -  Method: PUT
      -  Description: Change where the order goes.

   -  **Cancel Order**

      -  Method: DELETE
      -  Endpoint: `/api/order/cancel`
      -  Description: Cancel an order.
"""


def test_each_group_of_labelled_bullets_states_one_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert set(ops) == {
        ("POST", "/api/order/create"),
        ("GET", "/api/order/get"),
        ("PUT", "/api/order/update/address"),
        ("DELETE", "/api/order/cancel"),
    }


ADDRESSES = """\
Orders API
==========

Usage
-----

-  **Production**

   -  URL: `/api/order/create`
   -  Description: the live service.

-  **Staging**

   -  URL: `/api/order/get`
   -  Description: the test service.

The service answers ``GET /api/health``.
"""


def test_labelled_paths_without_a_method_state_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, ADDRESSES, "README.rst")) == {("GET", "/api/health")}
