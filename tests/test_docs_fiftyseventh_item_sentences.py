"""A request line in a later sentence of a list item, in the fifty-seventh registry batch
(benchmarks/docs/registry_truth): an operation's section states its request (`.. rest_method:: PUT
/things/{id}/traits`), then its error codes as bullets, one of which says "`400 Bad Request` if any trait is not
valid. The valid traits can be queried by `GET /traits`.", then a "Request" part with its parameter table. The
request line in the bullet's second sentence points at another operation: the section and its "Request" part stay
the stated operation's, and its table gives that operation its body fields. An item that opens with its request
line, or names it in its only sentence, still states a route of its own, and so does a later sentence that opens
with one ("`GET /board/config` shows the settings"): such an item states several routes, and the parts after it
continue none of them."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Things
======

Update thing traits
-------------------

.. code-block:: text

   PUT /things/{id}/traits

Error response codes: badRequest(400), conflict(409)

* `400 Bad Request` if any of the given traits are not valid. The valid
  traits can be queried by `GET /traits`.
* `409 Conflict` if the `generation` does not match the server's.

Request
~~~~~~~

.. list-table::
   :header-rows: 1

   * - Name
     - In
     - Type
     - Required
     - Description
   * - id
     - path
     - string
     - true
     - The thing's id.
   * - traits
     - body
     - array
     - true
     - A list of traits.
   * - generation
     - body
     - integer
     - true
     - The view marker.
"""


def test_a_request_line_in_a_later_sentence_of_an_item_is_a_reference(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "things.rst")
    assert params_of(ops[("PUT", "/things/{id}/traits")]) == {
        ("id", "path"): True,
        ("traits", "body"): True,
        ("generation", "body"): True,
    }


OPENING = """\
# Things

## Listing

- `GET /things` lists the things. It takes no parameters.
- Each thing is shown by `GET /things/{id}`, its id in the path.
"""


def test_items_naming_their_route_first_still_state_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OPENING)
    assert {("GET", "/things"), ("GET", "/things/{id}")} <= set(ops)


SUBJECTS = """\
# Board

## Dashboard

- `GET /board` shows the latest run. `GET /board/config` shows the settings it loaded,
  with keys redacted. Pages send `noindex` and `GET /robots.txt` disallows every path.

## Policies

- **Eligibility**: drop items a user must not see
- **Boosts**: multiply scores by a factor
"""


def test_later_sentences_opening_with_a_route_state_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SUBJECTS)
    assert {("GET", "/board"), ("GET", "/board/config")} <= set(ops)
    assert params_of(ops[("GET", "/board")]) == {}
