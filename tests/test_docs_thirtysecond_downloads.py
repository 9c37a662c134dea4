"""A `curl -O` that downloads a file, in the thirty-second registry batch (benchmarks/docs/registry_truth): a
README's install steps fetch a compose file and a configuration with `curl -O https://raw.../main/compose.yaml`
beside the curl session of the API itself. `-O` (`--remote-name`, or joined as `-LO`) saves what is fetched under
its own name: a file to keep, no API call. A `-O` with a method, a header or a body is an API call whose answer is
saved, and stays an endpoint."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

PAGE = """\
Quick start
===========

.. code-block:: sh

    # fetch the compose file and a configuration:
    curl -O https://raw.githubusercontent.com/someone/notes/main/compose.yaml
    curl -LO https://github.com/someone/notes/releases/latest/download/notes-linux-amd64

    docker-compose -f compose.yaml up -d

Using the API
=============

.. code-block:: sh

    # add a note:
    curl -X POST -H "Content-Type: application/json" -d '{"text": "hi"}' http://localhost:15808/notes

    # list the notes:
    curl http://localhost:15808/notes
"""

SAVED_ANSWER = """\
Export
======

.. code-block:: sh

    # save every note to a file:
    curl -O -H "Accept: text/csv" http://localhost:15808/notes/export.csv
"""


def test_a_file_saved_under_its_own_name_is_no_endpoint(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "README.rst")
    assert set(ops) == {("POST", "/notes"), ("GET", "/notes")}


def test_an_api_call_whose_answer_is_saved_stays_an_endpoint(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SAVED_ANSWER, "README.rst")
    assert set(ops) == {("GET", "/notes/export.csv")}
