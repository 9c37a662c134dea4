"""sphinxcontrib-httpdomain directives whose path is written without its leading slash, in the thirty-fifth
registry batch (benchmarks/docs/registry_truth): `.. http:post:: v1/{tenant}/widgets/{widget_id}/paint`,
`.. http:get:: v1/{tenant}/widgets?fields=a,b` (a query string after the path), `.. http:get:: health`. The
directive's argument is a path whatever way it is written, so each is the route with its slash; the query string
is not part of it. A full URL or a path that starts with a placeholder keeps its own form."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SLASHLESS = """\
Widgets
=======

.. http:post:: v1/{tenant}/widgets/{widget_id}/paint

   Paints a widget.

.. http:get:: v1/{tenant}/widgets?fields=a,b

   Lists the widgets.

.. http:get:: health

   Says whether the service is up.
"""


def test_a_slashless_directive_path_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SLASHLESS, "widgets.rst")
    assert set(ops) == {
        ("POST", "/v1/{tenant}/widgets/{widget_id}/paint"),
        ("GET", "/v1/{tenant}/widgets"),
        ("GET", "/health"),
    }
    assert params_of(ops[("POST", "/v1/{tenant}/widgets/{widget_id}/paint")]) == {
        ("tenant", "path"): True,
        ("widget_id", "path"): True,
    }
    assert ("fields", "query") in params_of(ops[("GET", "/v1/{tenant}/widgets")])


PROSE = """\
Widgets
=======

.. http:get:: /v1/widgets

   Lists the widgets. To paint one, see v1/widgets/paint in the design notes, or health for status.

.. note:: v1/gadgets is the old name of this service.
"""


def test_slashless_words_outside_a_directive_are_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, PROSE, "widgets.rst")) == {("GET", "/v1/widgets")}
