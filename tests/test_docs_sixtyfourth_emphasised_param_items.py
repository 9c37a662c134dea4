"""Parameter lists whose names are in single emphasis, in the sixty-fourth registry batch
(benchmarks/docs/registry_truth): `-  *w*: The desired width` under "Resize Parameters", with nested items
`*crop*: Resize so ...` that are the values the parameter takes, not parameters (`params.from_list`). A list of
emphasised words under a heading that names no parameters stays prose."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
Resizer
=======

Calling
-------

::

    GET /resize?w=300

Resize Parameters
-----------------

-  *w*: The desired width of the image
-  *h*: The desired height of the image
-  *mode*: The resizing method: clip, crop (default)

   -  *clip*: Resize to fit within the desired region
   -  *crop*: Resize so one dimension fits within region
   -  *x,y*: Custom center point, e.g. 0.0,0.75

-  *q*: The quality, 1-99
"""

NEAR = """\
Resizer
=======

Calling
-------

::

    GET /resize?w=300

Highlights
----------

-  *Fast*: resizes in milliseconds
-  *Small*: one dependency
-  *Safe*: no shell calls
"""


def test_emphasised_names_are_parameters_and_nested_terms_are_values(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    params = params_of(ops[("GET", "/resize")])
    assert set(params) == {("w", "query"), ("h", "query"), ("mode", "query"), ("q", "query")}


def test_emphasised_words_under_another_heading_are_prose(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR, "README.rst")
    assert set(params_of(ops[("GET", "/resize")])) == {("w", "query")}
