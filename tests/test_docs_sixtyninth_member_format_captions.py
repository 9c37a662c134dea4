"""Tables of the members of a returned field, in the sixty-ninth registry batch (benchmarks/docs/registry_truth):
after a "Returned object:" table listing `pastes` ("List of objects"), "The ``pastes`` list will have objects with
the following format:" over a table of keys. The caption names a field in code and says its members' shape follows;
after the answer's caption it describes the answer, not the request (`member_formats.py`). The same caption with no
field in code is left as it was."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
API
===

GET ``/paste/``
~~~~~~~~~~~~~~~

Query string parameters:

+---------+---------+------------------------------------+
| Key     | Type    | Description                        |
+=========+=========+====================================+
| page    | Integer | Page index for pagination          |
+---------+---------+------------------------------------+

Returned object:

+---------+---------+------------------------------------+
| Key     | Type    | Description                        |
+=========+=========+====================================+
| total   | Integer | Total number of pastes             |
+---------+---------+------------------------------------+
| pastes  | List    | List of objects, one per paste     |
+---------+---------+------------------------------------+

The ``pastes`` list will have objects with the following format:

+-----------+---------+----------------------------------+
| Key       | Type    | Description                      |
+===========+=========+==================================+
| paste_id  | Integer | Numeric unique ID of the paste   |
+-----------+---------+----------------------------------+
| file_name | String  | File name of the paste           |
+-----------+---------+----------------------------------+
"""


def test_the_members_of_a_returned_field_are_no_parameters(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, PAGE, name="api.rst")
    assert params_of(operations[("GET", "/paste/")]) == {("page", "query"): False}


def test_a_caption_naming_no_field_is_not_read_so(tmp_path: Path) -> None:
    caption = "The ``pastes`` list will have objects with the following format:"
    page = PAGE.replace(caption, "Each paste will have the following format:")
    operations = extracted_operations(tmp_path, page, name="api.rst")
    assert ("paste_id", "query") in params_of(operations[("GET", "/paste/")])
