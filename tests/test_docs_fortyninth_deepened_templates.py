"""Templates named in a sentence, one deepening the other by a placeholder, with the methods only in curl examples
of hexadecimal values, in the forty-ninth registry batch (benchmarks/docs/registry_truth): "The API provides the
``/reg/<bank>/`` and ``/reg/<bank>/<slot>/`` endpoints", then `curl -X GET localhost:8000/reg/0x2000/0x03/`. The
deeper template has fewer words than placeholders, but it extends a template the page states, so the curl is its
example (`/reg/{bank}/{slot}/`), not a route with a literal `0x03`. A template with more placeholders than words
that extends none the page states (`/<kind>/<name>/`) stays a pattern, and fits no example."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Registers
=========

The API provides the ``/reg/<bank>/`` and ``/reg/<bank>/<slot>/`` endpoints that read and write registers.

{sentence}

Reading
-------

Read a bank.

.. code:: bash

  $ curl -X GET localhost:8000/reg/0x2000/

Read a slot of a bank.

.. code:: bash

  $ curl -X GET localhost:8000/reg/0x2000/0x03/

Writing
-------

Write a slot of a bank.

.. code:: bash

  $ curl -X PUT localhost:8000/reg/0x2000/0x03/ --header 'content-type: application/json' --data '{{"value": 1}}'
"""


def test_a_template_deepening_a_stated_one_fits_its_examples(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(sentence="See the bank list."), "r.rst")
    assert set(ops) == {("GET", "/reg/{bank}/"), ("GET", "/reg/{bank}/{slot}/"), ("PUT", "/reg/{bank}/{slot}/")}
    assert params_of(ops[("PUT", "/reg/{bank}/{slot}/")]) == {
        ("bank", "path"): True,
        ("slot", "path"): True,
        ("value", "body"): False,
    }


def test_a_template_extending_none_fits_no_example(tmp_path: Path) -> None:
    text = DOC.format(sentence="See the bank list.").replace(
        "``/reg/<bank>/`` and ``/reg/<bank>/<slot>/``", "``/<kind>/<name>/``"
    )
    ops = extracted_operations(tmp_path, text, "r.rst")
    assert ("GET", "/{kind}/{name}/") not in ops
    assert ("PUT", "/reg/{bank}/{slot}/") not in ops
