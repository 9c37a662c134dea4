"""A route table's description saying the request "Receives a json object that must have the keys `a` and `b`"."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """API
===

+--------------------------+---------+--------------------------------------------------------------------+
| Route                    | Request | Description                                                        |
+==========================+=========+====================================================================+
| `/api/gpio/io/<PIN>`     | GET     | Returns a json object with the description and status for a pin.   |
+--------------------------+---------+--------------------------------------------------------------------+
| `/api/gpio/io/<PIN>`     | POST    | {cell} |
+--------------------------+---------+--------------------------------------------------------------------+
"""


def _doc(verb: str) -> str:
    return DOC.format(cell=f"{verb} a json object that must have the keys `type` and `value`.".ljust(66))


def test_keys_the_sent_object_must_have_are_required_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _doc("Receives"), name="README.rst")
    got = params_of(ops[("POST", "/api/gpio/io/{pin}")])
    assert got[("type", "body")] is True
    assert got[("value", "body")] is True


def test_an_object_the_route_returns_names_no_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _doc("Returns"), name="README.rst")
    got = params_of(ops[("POST", "/api/gpio/io/{pin}")])
    assert ("type", "body") not in got and ("value", "body") not in got
