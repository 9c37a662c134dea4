"""URLs in code a README tells its reader to call, on a page that writes no method, in the sixty-sixth registry
batch (benchmarks/docs/registry_truth): a home-automation plugin states its API as "you need to call the url
`http://yourServerIp:hook_port/?deviceId=theId&state=NEWSTATE`" in one section per device kind, with bullets of
more URLs on the same origin. Each path is a GET whose query names are its parameters; "require 2 parameters:
deviceId and the event" marks those required (`called_urls.py`). A URL merely named, or a page that writes
methods, is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import extract_openapi
from tests.operations import extracted_operations, params_of

DOC = """\
# hook-plugin

# Retrieve State
To retrieve the current state, you need to call the url `http://yourServerIp:hook_port/?deviceId=theId`

# Trigger Change
To trigger a change you need to call the url `http://yourServerIp:hook_port/?deviceId=theId&state=NEWSTATE`

# Doorbell
Doorbells require 2 parameters: deviceId and the event to trigger:
* Single press = 0
* Double press = 1

`http://yourServerIp:hook_port/?deviceId=theId&event=EVENT`

# Thermostat
* Target temperature: `http://yourServerIp:hook_port/?deviceId=theId&target=NEWVALUE`
* Swing mode: `http://yourServerIp:hook_port/?deviceId=theId&swing=0 (or 1)`

# Configuration
The plugin itself calls `http://otherhost:8080/on` when the switch turns on.
"""


def test_called_urls_are_one_get_with_their_query_names(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/")}
    assert params_of(ops[("GET", "/")]) == {
        ("deviceId", "query"): True,
        ("state", "query"): False,
        ("event", "query"): True,
        ("target", "query"): False,
        ("swing", "query"): False,
    }


def test_urls_no_sentence_calls_are_left(tmp_path: Path) -> None:
    doc = tmp_path / "README.md"
    doc.write_text(DOC.replace("you need to call the url", "the url is"), encoding="utf-8")
    with pytest.raises(InputError):
        extract_openapi(doc, Diagnostics())


def test_a_page_that_writes_methods_states_its_routes_with_them(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC + "\n# API\n\n`POST /hooks` registers a hook.\n")
    assert ("GET", "/") not in ops
