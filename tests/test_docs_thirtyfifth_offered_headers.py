"""Request headers a page offers rather than demands, in the thirty-fifth registry batch
(benchmarks/docs/registry_truth): a paragraph saying the secret "must be set using the `X-Thing-Secret` header"
and then "Alternatively you can use the `X-Thing-Secret-Hash` header" offers two headers either of which will
do, so neither is required; an "Optional Headers:" label over bullets that open with a header line in code
(`` ``X-Thing-Shared: true``: share the thing ``) names one optional header per item, where a list with no such
label needs two items naming the same header before its lines read as inputs. A list of such lines under a label
that is not about the request's headers ("Example replies:") gives none."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

OFFERED = """\
Things
======

Create Thing
------------

A thing is created with a PUT request. Its secret must be set using the
``X-Thing-Secret`` header. Alternatively you can use the
``X-Thing-Secret-Hash`` header for an already hashed secret.

Optional Headers:

 * ``X-Thing-Shared: true``: share the thing
 * ``X-Thing-Pinned: yes``: pin the thing to the
   top

Example Request::

    PUT /things/<thing> HTTP/1.1
    X-Thing-Secret: secret
"""


def test_alternative_and_listed_optional_headers(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, OFFERED, "things.rst")
    assert params_of(ops[("PUT", "/things/{thing}")]) == {
        ("thing", "path"): True,
        ("X-Thing-Secret", "header"): False,
        ("X-Thing-Secret-Hash", "header"): False,
        ("X-Thing-Shared", "header"): False,
        ("X-Thing-Pinned", "header"): False,
    }


DEMANDED = """\
Things
======

Create Thing
------------

A thing is created with a PUT request. Its secret must be set using the
``X-Thing-Secret`` header.

Example replies:

 * ``X-Thing-State: created``: the thing is new

Example Request::

    PUT /things/<thing> HTTP/1.1
    X-Thing-Secret: secret
"""


def test_a_list_not_labelled_as_headers_gives_none(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DEMANDED, "things.rst")
    assert set(params_of(ops[("PUT", "/things/{thing}")])) == {("thing", "path"), ("X-Thing-Secret", "header")}


ANSWERED = """\
Things
======

Create Thing
------------

Example Request::

    PUT /things/<thing> HTTP/1.1

Response
~~~~~~~~

Headers:

 * ``X-Thing-Version: 3``: the version the thing is at
"""


def test_a_headers_list_about_the_response_gives_no_request_header(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ANSWERED, "things.rst")
    assert params_of(ops[("PUT", "/things/{thing}")]) == {("thing", "path"): True}
