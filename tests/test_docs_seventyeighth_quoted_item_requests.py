"""Numbered items of a reStructuredText page whose requests are indented code blocks under the item's text, with
no caption of their own, in the seventy-eighth registry batch (benchmarks/docs/registry_truth): ``1. Get a job``
over an indented ``.. code-block:: bash`` holding the curl. A quote of literal blocks alone, each a request, is
the item's example request; a quoted literal that is no request (a header sample) stays the item's text."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
Jobs API
--------

1. Create a job

    .. code-block:: bash

      curl \\
      -H "Content-Type: application/json" \\
      -X POST -d \\
      '{{"job": {{"name": <"Job_name">, "force": <True/False>}}}}' \\
      http://$host:8118/v1.0/$tenant_id/jobs

2. Get active jobs

    .. code-block:: bash

      {active}
"""


def test_a_request_quoted_under_an_item_is_read(tmp_path: Path) -> None:
    doc = DOC.format(active='curl -H "X-Auth-Token: $token" http://$host:8118/v1.0/$tenant_id/jobs/active')
    ops = extracted_operations(tmp_path, doc, "usage.rst")
    assert any(method == "POST" and path.endswith("/jobs") for method, path in ops)
    assert any(method == "GET" and path.endswith("/jobs/active") for method, path in ops)


def test_a_quoted_literal_that_is_no_request_adds_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(active="kingbird job-list --active"), "usage.rst")
    assert any(method == "POST" and path.endswith("/jobs") for method, path in ops)
    assert not any(path.endswith("/jobs/active") for _, path in ops)
