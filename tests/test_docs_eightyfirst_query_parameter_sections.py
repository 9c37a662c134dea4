"""A "Query parameters" section after the sections of a page's requests, under none of them: every request's."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """=====
USAGE
=====

Using GET request
-----------------

::

    curl http://convertit/?url=http://server/document.odt

GET parameters:

**url**: absolute url of the document to be converted.

Using POST request
------------------

Upload data in POST parameter named ``file``:

::

    curl -F "file=@tiger.svg" http://convertit/

{title}
{rule}

- **to**: output mimetype (optional).
- **from**: input mimetype (optional).
"""


def _doc(title: str) -> str:
    return DOC.format(title=title, rule="-" * len(title))


def test_a_query_parameters_section_is_every_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _doc("Query parameters"), name="README.rst")
    for key in (("GET", "/"), ("POST", "/")):
        got = params_of(ops[key])
        assert ("to", "query") in got and ("from", "query") in got


def test_a_section_titled_otherwise_is_not(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, _doc("Query parameters of the upload"), name="README.rst")
    got = params_of(ops[("GET", "/")])
    assert ("to", "query") not in got and ("from", "query") not in got
