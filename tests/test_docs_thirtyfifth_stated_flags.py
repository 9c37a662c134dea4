"""Parameters described as lines of labelled properties under a bold name, in the thirty-fifth registry batch
(benchmarks/docs/registry_truth): `**finish**` over an rst line block `| Gloss or matte.`, `| Type: String`,
`| Required: No`, or the same lines as bullets (`* Type: string`, `* Required: No`). The `Required:` line's value
says whether the parameter must be sent (the label's word alone read `Required: No` as required), and bullets
that hold such a line are the name's own description, not a list of further parameters the name labels (which
made `Type` and `Required` parameters). Bullets with no such line under a bold label still label a list of
parameters."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LINES = """\
Widgets
=======

.. http:post:: /v1/widgets/{widget_id}/paint

Request Parameters
``````````````````

   **color**
      | The color to paint with.
      | Type: String
      | Required: Yes

   **finish**
      | Gloss or matte.
      | Type: String
      | Required: No
"""

BULLETS = """\
Widgets
=======

.. http:get:: /v1/widgets

**Request Parameters**:

   Parameters should be provided via GET query string.

   **fields**
      * Names of fields to return
      * Type: string
      * Required: No

   **limit**
      * Most widgets to return
      * Type: Number
      * Required: Yes
"""


def test_required_lines_decide_and_property_bullets_describe_their_name(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LINES, "paint.rst")
    assert params_of(ops[("POST", "/v1/widgets/{widget_id}/paint")]) == {
        ("widget_id", "path"): True,
        ("color", "body"): True,
        ("finish", "body"): False,
    }
    ops = extracted_operations(tmp_path, BULLETS, "list.rst")
    assert params_of(ops[("GET", "/v1/widgets")]) == {("fields", "query"): False, ("limit", "query"): True}


LABELLED = """\
Widgets
=======

.. http:get:: /v1/widgets

**Query parameters**

   **Paging**
      * ``limit``: most widgets to return (required)
      * ``marker``: where to start; no more than one marker
"""


def test_bullets_without_a_required_line_still_list_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED, "widgets.rst")
    found = params_of(ops[("GET", "/v1/widgets")])
    assert {"limit", "marker"} <= {name for name, _ in found}
    assert "Paging" not in {name for name, _ in found}
