"""Resource headings over method sub-headings, in the seventieth registry batch (benchmarks/docs/registry_truth): a
README whose `Record resource: /domain/host` heading names a resource and its path, over `GET`, `PUT`, `DELETE`
sub-headings each showing its raw request on example values (`PUT /example.com/www`). The method is the
sub-heading's, the route the heading's, and its words the examples fill with other values are placeholders
(`resource_headings.py`). A heading whose path the examples repeat keeps its words."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

RESOURCES = """\
=====
zones
=====

API
===

Domain resource: /domain
------------------------

GET
~~~

Return the records of this domain.  For example::

    GET /example.com

    200 OK
    A www 192.168.0.1

DELETE
~~~~~~

Delete this domain.  For example::

    DELETE /example.com

    204 No Content

Record resource: /domain/host
-----------------------------

PUT
~~~

Create the record.  For example::

    PUT /example.com/www
    A 192.168.0.1

    201 Created
"""

WORDS = """\
=====
zones
=====

API
===

Status resource: /status/health
-------------------------------

GET
~~~

Report the server's health.  For example::

    GET /status/health

    200 OK
"""


def test_resource_heading_words_the_examples_fill_are_placeholders(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, RESOURCES, "README.rst")
    assert set(ops) == {("GET", "/{domain}"), ("DELETE", "/{domain}"), ("PUT", "/{domain}/{host}")}


def test_resource_heading_words_the_example_repeats_stay_words(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, WORDS, "README.rst")
    assert set(ops) == {("GET", "/status/health")}
