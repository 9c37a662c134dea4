"""Routes stated in prose in the twenty-second registry batch (benchmarks/docs/registry_truth): a path alone, on a
label line or in a sentence of its own, whose method the section's sentences say. Each rule is written for the
structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

QUEUES = """\
Queues
======

There are several queues which workers use.

They also support certain GET parameters which page through the jobs. These are:

+-----------+---------+------------------------------+
| Parameter | Default | Description                  |
+===========+=========+==============================+
| limit     | 50      | How many jobs to return      |
+-----------+---------+------------------------------+
| since     | 0       | The first job to return      |
+-----------+---------+------------------------------+

Pending
-------

**Endpoint:** ``/api/queues/<queue>/pending``

This queue can be read by any worker to find work.

Urgent
^^^^^^

**Endpoint:** `/api/queues/<queue>/pending/urgent`

Only the jobs marked urgent.

Outbox
------

**Endpoint:** ``/api/queues/<queue>/out``

This is where a worker should post finished jobs. It can also be read by the owner.

Notes
-----

**Endpoint:** ``/api/notes``

Jobs being posted show up here as they arrive.
"""


def test_a_path_on_an_endpoint_label_takes_the_methods_its_section_says(tmp_path: Path) -> None:
    """`**Endpoint:** ``/x``` over "can be read" is a GET, over "should post ..." a POST too; a nested section
    whose path extends its parent's and says no method is read as the parent's route is; a label whose section
    says nothing of what is done with the path ("Jobs being posted show up here": no modal verb) is no route."""
    paths = extracted_paths(tmp_path, "queues.rst", QUEUES)
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/api/queues/{queue}/pending": {"get"},
        "/api/queues/{queue}/pending/urgent": {"get"},
        "/api/queues/{queue}/out": {"get", "post"},
    }


def test_get_parameters_an_enclosing_section_lists_belong_to_the_get_routes_under_it(tmp_path: Path) -> None:
    """ "They also support certain GET parameters ...:" over a Parameter | Default | Description table, in a
    section stating no route: optional query parameters of each GET route nested in it, not of its POSTs."""
    paths = extracted_paths(tmp_path, "queues.rst", QUEUES)
    read = {("queue", "path"): True, ("limit", "query"): False, ("since", "query"): False}
    assert params_of(paths["/api/queues/{queue}/pending"]["get"]) == read
    assert params_of(paths["/api/queues/{queue}/pending/urgent"]["get"]) == read
    assert params_of(paths["/api/queues/{queue}/out"]["get"]) == read
    assert params_of(paths["/api/queues/{queue}/out"]["post"]) == {("queue", "path"): True}


WORKERS = """\
Workers
=======

Registering
-----------

The endpoint is ``/api/workers/register``

The parameters are:

name
    **required** - The worker's name

tags
    **optional** - A space separated list of tags

Example
^^^^^^^

To register a worker, this is the minimum you must supply::

    {
        "name": "w1"
    }

Attachments
-----------

To attach a file to a job you should use the URL `/api/jobs/<job>/files`.

A POST request should be made to the attachment URL with the file as its data.
"""


def test_a_path_a_sentence_states_takes_the_request_its_section_describes(tmp_path: Path) -> None:
    """ "To attach a file you should use the URL `/x`." then "A POST request should be made to ...": a POST. "The
    endpoint is ``/x``" whose section says the client must supply a JSON object (and lists its parameters) but
    names no method: a request with a body, a POST."""
    paths = extracted_paths(tmp_path, "workers.rst", WORKERS)
    assert {path: set(ops) for path, ops in paths.items()} == {
        "/api/workers/register": {"post"},
        "/api/jobs/{job}/files": {"post"},
    }
    assert params_of(paths["/api/workers/register"]["post"]) == {("name", "body"): True, ("tags", "body"): False}
