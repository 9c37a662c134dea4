"""A request line on concrete values under a comment line, in the sixty-eighth registry batch
(benchmarks/docs/registry_truth): in the section of `DELETE /v1/{application}/{queue_name}/{messages}`, a code block
``# The %3 is a URL encoded colon`` over ``DELETE /v1/my_application/somequeuename/2%38cc...`` is the request as
sent, an example of the section's route (`titled_examples.py`): the comment explains the value and is no part of
the block's request. A block that holds a second request, not a comment, is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
API
===

.. http:delete:: /v1/{application}/{queue_name}/{messages}

    :param application: Application name
    :param queue_name: Queue name to access
    :param messages: Message ids

    Delete messages.

    Example of deleting a message from partition 2::

        # The %3 is a URL encoded colon
        DELETE /v1/my_application/somequeuename/2%38cc967e0cf1e45e3b0d4926c90057caf

    Example success response::

        {"status": "ok"}
"""

TWO_REQUESTS = DOC.replace("# The %3 is a URL encoded colon", "DELETE /v1/purge/all/now")


def test_the_commented_line_is_an_example_of_the_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "api.rst")
    assert set(ops) == {("DELETE", "/v1/{application}/{queue_name}/{messages}")}


def test_a_block_of_two_requests_is_not_read_so(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, TWO_REQUESTS, "api.rst")
    assert len(ops) > 1
