"""Lone paths in literal blocks whose query values are described in angle brackets, in the sixty-fifth registry
batch (benchmarks/docs/registry_truth): an SMS router's README gives each endpoint as a bare line under "using the
URL::" (`/router/receive?backend=<backend name>&sender=<sender number>`), writing no method anywhere. A described
value (`<sender number>`, spaces and all) makes the line a template of the route, so the page states its routes by
such lines, plain ones (`/router/outbox`) included (`described_query_values.py`). Lines with concrete query values
are examples, and stay unread where nothing states a route they fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import Diagnostics, InputError
from mcpgen.ingest.docs import extract_openapi
from mcpgen.ingest.docs.described_query_values import PATH_LINE, written_as_template
from mcpgen.ingest.docs.requests import split_target
from tests.operations import extracted_operations, params_of

DOC = """\
Message Router
==============

Endpoints
=========

Receive
-------

Messages are put through the router using the URL, the result is json::

    /relay/receive?channel=<channel name>&sender=<sender number>&text=<message text>

Pending
-------

You can see the messages waiting to be sent using the URL::

    /relay/pending

Delivered
---------

You can mark a message as delivered using the URL::

    /relay/delivered?message_id=<message id>
"""

EXAMPLES = """\
Message Router
==============

Receive
-------

Try it with the URL::

    /relay/receive?channel=sms&sender=12345

Pending
-------

Or look at::

    /relay/pending
"""


def test_described_values_make_the_lone_paths_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, "README.rst")
    assert set(ops) == {("GET", "/relay/receive"), ("GET", "/relay/pending"), ("GET", "/relay/delivered")}
    assert set(params_of(ops[("GET", "/relay/receive")])) == {
        ("channel", "query"),
        ("sender", "query"),
        ("text", "query"),
    }
    assert set(params_of(ops[("GET", "/relay/delivered")])) == {("message_id", "query")}


def test_concrete_values_leave_the_lines_examples(tmp_path: Path) -> None:
    doc = tmp_path / "README.rst"
    doc.write_text(EXAMPLES, encoding="utf-8")
    with pytest.raises(InputError):
        extract_openapi(doc, Diagnostics())


def test_the_path_line_takes_spaced_descriptions_only_inside_brackets() -> None:
    assert PATH_LINE.fullmatch("/relay/receive?channel=<channel name>&text=<message text>")
    assert not PATH_LINE.fullmatch("/relay/receive <channel name>")
    assert not PATH_LINE.fullmatch("/relay/receive?channel=sms text")
    assert written_as_template(split_target("/relay/delivered?message_id=<message id>"))
    assert not written_as_template(split_target("/relay/delivered?message_id=42"))
    assert not written_as_template(split_target("/relay/pending"))
