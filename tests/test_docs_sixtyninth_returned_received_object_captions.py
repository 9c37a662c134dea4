"""Tables captioned "Received object:" and "Returned object:", in the sixty-ninth registry batch
(benchmarks/docs/registry_truth): a reStructuredText API page whose method headings (GET ``/paste/``) each hold grid
tables of keys under those captions. The received object is the request's body, the returned object the answer,
whose keys are no parameters (`label_contexts.py`). A caption saying neither ("Object:") is read as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
API
===

``/paste/`` endpoint
--------------------

GET ``/paste/<paste_id>/``
~~~~~~~~~~~~~~~~~~~~~~~~~~

Returned object:

+---------------+---------+------------------------------------+
| Key           | Type    | Description                        |
+===============+=========+====================================+
| paste_id      | Integer | Numeric unique ID of the paste     |
+---------------+---------+------------------------------------+
| file_content  | String  | The full paste file content        |
+---------------+---------+------------------------------------+

PUT ``/paste/<paste_id>/``
~~~~~~~~~~~~~~~~~~~~~~~~~~

Received object:

+---------------+---------+------------------------------------+
| Key           | Type    | Description                        |
+===============+=========+====================================+
| language      | String  | Language alias of the paste        |
+---------------+---------+------------------------------------+
| file_content  | String  | The full paste file content        |
+---------------+---------+------------------------------------+
"""


def test_returned_object_keys_are_no_parameters_and_received_ones_are_the_body(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="api.rst")
    assert params_of(operations[("GET", "/paste/{paste_id}/")]) == {("paste_id", "path"): True}
    put = params_of(operations[("PUT", "/paste/{paste_id}/")])
    assert {key for key in put if key[1] == "body"} == {("language", "body"), ("file_content", "body")}


def test_a_caption_saying_neither_leaves_the_keys_parameters(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE.replace("Returned object:", "Object:"), name="api.rst")
    assert ("file_content", "query") in params_of(operations[("GET", "/paste/{paste_id}/")])
