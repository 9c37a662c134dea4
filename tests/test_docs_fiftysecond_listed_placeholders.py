"""A route family stated in prose over concrete example requests, in the fifty-second registry batch
(benchmarks/docs/registry_truth): a monitor's REST page gives each resource kind a section of curl calls
(`curl http://host/api/2/disk`, `.../disk/used`, `.../fan/label/value/cpu_fan`), lists the kinds in a response
(`["disk", "fan", "net"]`) and names the template only in a note ("every time /all or /<kind> is called",
"when you call /jobs/<id>"). The example calls are calls of the template: `GET /{kind}`, `GET /{kind}/{field}`,
`GET /{kind}/{field}/value/{value}`, `GET /jobs/{id}`; the job's example id at the end of a longer call
(`/jobs/trace/777`) is the same placeholder, and a heading's "top n" makes `/net/top/2` `/{kind}/top/{n}`. A
word the document also uses elsewhere in a path (`/all/limits` beside `/disk/limits`) stays a literal, and a
call whose segment is not a listed value (`/status`) or a literal named beside the template (`/all`) stays a
route of its own. Without the stated template nothing is collapsed."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
Monitor API
===========

The root API URL is ``http://localhost:9000/api/2``.

GET status
----------

Check the API::

    # curl http://localhost:9000/api/2/status
    "OK"

GET kinds
---------

List the kinds::

    # curl http://localhost:9000/api/2/kinds
    ["disk", "fan", "net"]

GET disk
--------

Get stats::

    # curl http://localhost:9000/api/2/disk
    {"used": 3}

Get a field::

    # curl http://localhost:9000/api/2/disk/used
    {"used": 3}

Get an item by value::

    # curl http://localhost:9000/api/2/disk/name/value/sda
    {}

Get the item mounted at the root::

    # curl http://localhost:9000/api/2/disk/mount/value//
    {}

GET fan
-------

Get stats::

    # curl http://localhost:9000/api/2/fan
    {"speed": 3}

Get a field::

    # curl http://localhost:9000/api/2/fan/speed
    {}

Get an item by value::

    # curl http://localhost:9000/api/2/fan/label/value/cpu_fan
    {}

GET net
-------

Get stats::

    # curl http://localhost:9000/api/2/net
    {}

Get a field::

    # curl http://localhost:9000/api/2/net/rx
    {}

Get an item by value::

    # curl http://localhost:9000/api/2/net/iface/value/eth0
    {}

Limits of the disk kind::

    # curl http://localhost:9000/api/2/disk/limits
    {}

All limits::

    # curl http://localhost:9000/api/2/all/limits
    {}

GET top n items of a kind
-------------------------

Get the top 2 items of net::

    # curl http://localhost:9000/api/2/net/top/2
    []

GET all
-------

Get all stats::

    # curl http://localhost:9000/api/2/all
    {}

Note: Update is done every time /all or /<kind> is called.

GET a job
---------

Get job 777::

    # curl http://localhost:9000/api/2/jobs/777
    {}

Trace job 777::

    # curl -X POST http://localhost:9000/api/2/jobs/trace/777

Note: nothing is refreshed when you call /jobs/<id>.
"""


def test_example_calls_of_a_template_stated_in_prose_are_the_template(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "api.rst")
    routes = set(ops)
    assert {
        ("GET", "/{kind}"),
        ("GET", "/{kind}/{field}"),
        ("GET", "/{kind}/{field}/value/{value}"),
        ("GET", "/{kind}/limits"),
        ("GET", "/jobs/{id}"),
        ("POST", "/jobs/trace/{id}"),  # the value `/jobs/<id>` was shown with, again at a longer call's end
        ("GET", "/{kind}/top/{n}"),  # "top n" in the heading: `top` a literal, the number its count
    } <= routes
    assert not any(path.endswith("//") for _, path in routes)  # `/value//`: the value shown is `/`
    for concrete in ("/disk", "/fan", "/net", "/disk/used", "/fan/speed", "/jobs/777", "/net/iface/value/eth0"):
        assert ("GET", concrete) not in routes
    assert params_of(ops[("GET", "/{kind}/{field}/value/{value}")]) == {
        ("kind", "path"): True,
        ("field", "path"): True,
        ("value", "path"): True,
    }


def test_unlisted_values_and_named_literals_stay_routes(tmp_path: Path) -> None:
    routes = set(extracted_operations(tmp_path, PAGE, "api.rst"))
    assert {("GET", "/status"), ("GET", "/kinds"), ("GET", "/all"), ("GET", "/all/limits")} <= routes


def test_without_a_stated_template_the_calls_stay_concrete(tmp_path: Path) -> None:
    text = PAGE.replace("/all or /<kind> is called", "anything is called").replace("call /jobs/<id>", "call it")
    routes = set(extracted_operations(tmp_path, text, "api.rst"))
    assert {("GET", "/disk"), ("GET", "/fan"), ("GET", "/disk/used"), ("GET", "/jobs/777")} <= routes
    assert not any("{kind}" in path for _, path in routes)
