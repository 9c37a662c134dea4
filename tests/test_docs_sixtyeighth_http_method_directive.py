"""The older Sphinx HTTP domain's directive, in the sixty-eighth registry batch (benchmarks/docs/registry_truth):
`.. http:method:: GET /v1/{application}` names the method in its argument, and its fields are `:arg name:` for a
URL variable and `:optparam [type] name:` for a parameter that may be left out (where it goes is the method's); an
optional field named as a custom header (`X-TTL`) is a request header (`rst_http_method.py`). An argument that is
no request line opens no operation."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.rst_http_method import header_label, request_line
from tests.operations import extracted_operations, params_of

DOC = """\
Queue API
=========

.. http:method:: GET /v1/{application}

    :arg application: Application name
    :optparam integer limit: Amount of queues to list.
    :optparam string offset: A queue name to start with.

    Returns a list of queues.

.. http:method:: POST /v1/{application}

    :arg application: Application name
    :optparam integer partitions: How many partitions.

    Create a new queue.

.. http:method:: PUT /v1/{application}/{queue_name}

    :arg application: Application name
    :arg queue_name: Queue name
    :optparam X-TTL: The message's TTL, defaults to three days.

    Overwrite the queue's messages.

.. http:method:: the queue resource

    :arg application: Application name
"""


def test_each_directive_is_an_operation_with_its_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert set(ops) == {
        ("GET", "/v1/{application}"),
        ("POST", "/v1/{application}"),
        ("PUT", "/v1/{application}/{queue_name}"),
    }
    assert params_of(ops[("GET", "/v1/{application}")]) == {
        ("application", "path"): True,
        ("limit", "query"): False,
        ("offset", "query"): False,
    }
    post = params_of(ops[("POST", "/v1/{application}")])
    assert post[("partitions", "body")] is False
    put = params_of(ops[("PUT", "/v1/{application}/{queue_name}")])
    assert put[("X-TTL", "header")] is False
    assert ("X-TTL", "body") not in put


def test_the_argument_is_read_as_a_request_line() -> None:
    assert request_line("DELETE /v1/{app}/{queue}") == ("DELETE", "/v1/{app}/{queue}")
    assert request_line("/api/foo/bar/?id&slug") == ("GET", "/api/foo/bar/")
    assert request_line("the queue resource") is None
    assert request_line("FETCH /x") is None


def test_only_a_custom_header_name_is_a_header() -> None:
    assert header_label("Optional parameters", "X-TTL") == "Optional request headers"
    assert header_label("Parameters", "X-Request-Id") == "Request headers"
    assert header_label("Optional parameters", "max-age") == "Optional parameters"
    assert header_label("Response fields", "X-TTL") == "Response fields"
