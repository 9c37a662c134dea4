"""HTTPie transcripts with a lower-case method, in the seventy-fourth registry batch (benchmarks/docs/registry_truth):
reStructuredText captions ("Get the status of jobs:") each over a `.. code-block:: shell` holding
`$ http get http://127.0.0.1:8080/status` and the response it printed. HTTPie takes its METHOD in either case, so
`get` / `post` before the URL is the request's method; a word in mixed case (`Get`) is not read as one."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.httpie import parse_httpie
from tests.operations import extracted_operations

DOC = """\
Scheduler
=========

Remote interface
++++++++++++++++

Get the status of jobs:
#######################

.. code-block:: shell

  $ http get http://127.0.0.1:8080/status
  HTTP/1.1 200 OK
  Content-Type: text/plain; charset=utf-8

  nightly: scheduled (in 14 seconds)

Start a job right now:
######################

.. code-block:: shell

  $ http post http://127.0.0.1:8080/jobs/nightly/start
  HTTP/1.1 200 OK
  Content-Length: 0
"""


def test_lower_case_httpie_methods_state_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert set(ops) == {("GET", "/status"), ("POST", "/jobs/nightly/start")}


def test_lower_case_method_word_is_the_method() -> None:
    (request,) = parse_httpie("$ http delete http://localhost:8080/jobs/1")
    assert (request.method, request.target.path) == ("DELETE", "/jobs/1")


def test_a_mixed_case_word_is_not_a_method() -> None:
    assert parse_httpie("$ http Get http://localhost:8080/jobs/1") == []
