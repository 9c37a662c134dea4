"""Structures of the fourteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Fourteenth
batch"): each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import params_of

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

PAGE = """\
=============
The Admin API
=============

Service URLs
============
For instance, if the service url is ``http://127.0.0.1/gizmo/v1.0``
then the full API call for ``/pods`` is ``http://127.0.0.1/gizmo/v1.0/pods``.

Pods
====

+------------------+---------+-------+------------------------+
|**GET**           |/pods    |       |Retrieve Pod List       |
+------------------+---------+-------+------------------------+

The parameters limit and marker can be set in the URI, for example
``GET /v1.0/pods?limit=20&marker=5``.

+---------------+-------+-------+--------------------+
|**POST**       |/pods  |       |Create a Pod        |
+---------------+-------+-------+--------------------+

**Request**

+-----------+-------+---------------+------------------------------+
|Name       |In     |   Type        |    Description               |
+===========+=======+===============+==============================+
|region_name|body   | string        |the region of the pod.        |
+-----------+-------+---------------+------------------------------+
|az_name    |body   | string        |its availability zone.        |
+-----------+-------+---------------+------------------------------+

**Request Example**

This is an example of request information for ``POST /pods``.

::

    {"pod": {"region_name": "Pod1", "az_name": "az1"}}

+------------------+-----------------+--------+-------------------------+
|**DELETE**        |/pods/{pod_id}   |        |Delete a Pod             |
+------------------+-----------------+--------+-------------------------+

This deletes a pod.
"""


def test_one_row_route_tables_a_versioned_example_and_a_body_wrapped_in_its_resource(tmp_path: Path) -> None:
    """Each operation opens with a one-row table without a header (`**GET** | /pods | | Retrieve Pod List`);
    the service URL "For instance" is one deployment, not the API's base; ``GET /v1.0/pods?limit=20`` is the
    stated `GET /pods` behind the service URL's version; the Request table's body fields are sent inside the
    object the request example wraps them in (`{"pod": {...}}`), so the body is that object."""
    doc = tmp_path / "api.rst"
    doc.write_text(PAGE, encoding="utf-8")
    document = extract_openapi(doc, Diagnostics())
    paths = document["paths"]
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("delete", "/pods/{pod_id}"),
        ("get", "/pods"),
        ("post", "/pods"),
    ]
    assert not document.get("servers")
    assert params_of(paths["/pods"]["get"]) == {("limit", "query"): False, ("marker", "query"): False}
    assert params_of(paths["/pods"]["post"]) == {("pod", "body"): False}
    pod = paths["/pods"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["pod"]
    assert set(pod["properties"]) == {"region_name", "az_name"}
    assert paths["/pods"]["get"]["summary"] == "Retrieve Pod List"
