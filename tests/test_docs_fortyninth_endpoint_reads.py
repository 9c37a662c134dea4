"""A sentence telling the reader to get something from a coded path it calls an endpoint, in the forty-ninth
registry batch (benchmarks/docs/registry_truth): "Or get the output from the ``/reg-all`` endpoint", on a page
whose other routes are curl examples. Getting something from an endpoint is a read, so a GET of that path; a
sentence that names the endpoint as where something is sent states no method, and no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
Registers
=========

{sentence}

Reading
-------

.. code:: bash

  $ curl -X GET localhost:8000/reg/0x2000/
"""


def test_getting_output_from_an_endpoint_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(
        tmp_path, DOC.format(sentence="Or get the output from the ``/reg-all`` endpoint."), "r.rst"
    )
    assert ("GET", "/reg-all") in ops


def test_sending_to_an_endpoint_states_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(sentence="Results are sent to the ``/reg-all`` endpoint."), "r.rst")
    assert ("GET", "/reg-all") not in ops
