"""Routes a page states only in sentences about coded paths, in the thirty-ninth registry batch
(benchmarks/docs/registry_truth): a service manual, mostly settings, that says "The WMS server is accessible at
``/service``, ``/ows`` and ``/wms``", "The TMS is available at ``/tms/1.0.0``", "A request to ``/tms/1.0.0`` will
return ...", "``/tms/1.0.0/layername`` will return information about ... this specific layer", and "Here is an
example TMS request: ``/tms/1.0.0/base/EPSG900913/3/1/0.png``", with no method written anywhere and one example
URL alone in a literal block. Each such sentence states a GET of its path (a path word joining a kind the
paragraph names to `name` is a value to fill in); so does a template a sentence calls the default template, under
the prefix "All RESTful WMTS requests begin with ``/wmts``", and the example URL alone in a literal block, which
fits none of those routes. Not routes: what is *also* available at another path (an alias of one stated before),
folders things are available *under*, a sentence about the API as a whole, and a path mentioned otherwise
("request ``/tiles`` instead of ``/tms``")."""

from __future__ import annotations

from pathlib import Path

import pytest

from mcpgen.diagnostics import InputError
from tests.operations import extracted_operations, params_of

DOC = """\
Services
========

Map service
-----------

The map server is accessible at ``/maps`` and ``/ows`` and it supports versions 1.1 and 1.3.

The ``formats`` option sets the image formats the map service offers.

Tile service
------------

The tile service is available at ``/tiles/2.0``.

A request to ``/tiles/2.0`` will return the service metadata as XML. ``/tiles/2.0/layername`` will return
the extent of this specific layer.

Here is an example tile request: ``/tiles/2.0/roads/3/1/0.png``. Tiles will then be available under
``/tiles/2.0/roads/mygrid/`` instead. You can request ``/quick`` instead of ``/tiles`` for a single first level.

The tiles are also available at ``/tiles/2.0/roads_grid/3/1/0.png``.

The ``/quick`` service accepts an ``origin`` parameter.

Example::

  http://localhost:8080/quick/roads/1/0/1.png?origin=nw

Templates
---------

The default template is ``/{Layer}/{Zoom}/{Col}/{Row}.{Format}`` for tile requests. All RESTful requests begin
with ``/rest`` and this prefix must not be added to the template.
"""

API_ONLY = """\
Settings
========

The REST API is available at ``/api/v1``.

Set ``workers`` to the number of processes; request ``/quick`` instead of ``/tiles`` when testing.

Example::

  http://localhost:8080/quick/roads/1/0/1.png
"""


def test_sentences_saying_where_a_service_answers_state_its_routes(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC, name="services.rst")
    assert set(ops) == {
        ("GET", "/maps"),
        ("GET", "/ows"),
        ("GET", "/tiles/2.0"),
        ("GET", "/tiles/2.0/{layername}"),
        ("GET", "/tiles/2.0/roads/3/1/0.png"),
        ("GET", "/quick/roads/1/0/1.png"),
        ("GET", "/rest/{Layer}/{Zoom}/{Col}/{Row}.{Format}"),
    }
    assert params_of(ops[("GET", "/tiles/2.0/{layername}")]) == {("layername", "path"): True}
    assert params_of(ops[("GET", "/quick/roads/1/0/1.png")]) == {("origin", "query"): False}


def test_a_sentence_about_the_whole_api_or_a_path_named_otherwise_states_no_route(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no API endpoints found"):
        extracted_operations(tmp_path, API_ONLY, name="settings.rst")
