"""Resources listed as reStructuredText headings `name (/path/)`, in the twenty-eighth registry batch
(benchmarks/docs/registry_truth): each heading is a collection to read, each bullet `- name (/path/<id>/x/)` under it
a sub-route, GET unless the bullet says which requests it takes, and a sentence "can also be created, modified and
deleted ... with POST, PUT and DELETE ... respectively" adds the writes: POST on the collection, PUT and DELETE on one
of its members. The rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

RESOURCE_HEADINGS = """\
Kennel API
==========

Resources
---------

dogs (/api/dogs/)
~~~~~~~~~~~~~~~~~

Provides access to Dog objects. Following additional routes are available:

- vaccinations (/api/dogs/<id>/vaccinations/)

  Provides the list of vaccinations of this dog.

- adopt (/api/dogs/<id>/adopt/)

  Marks the dog as adopted. This endpoint expects POST request with single field "owner".

- photos (/api/dogs/<id>/photos/)

  This API accepts both GET and POST requests.

With enough privileges Dogs can also be created, modified and deleted
using REST API with POST, PUT and DELETE HTTP requests respectively.

owners (/api/owners/)
~~~~~~~~~~~~~~~~~~~~~

Provides access to Owner objects.
"""

ONE_ASIDE = """\
Kennel
======

Configuration (/etc/kennel.conf)
--------------------------------

The file holds the settings.

Status
------

``GET /api/status`` answers whether the kennel is open.
"""


def test_parenthesized_headings_and_bullets_are_routes(tmp_path: Path) -> None:
    """Headings and bullets of the form `name (/path/)` are routes; their methods come from their own words."""
    paths = extracted_paths(tmp_path, "api.rst", RESOURCE_HEADINGS)
    assert set(paths) == {
        "/api/dogs/",
        "/api/dogs/{id}/",
        "/api/dogs/{id}/vaccinations/",
        "/api/dogs/{id}/adopt/",
        "/api/dogs/{id}/photos/",
        "/api/owners/",
    }
    assert set(paths["/api/dogs/"]) == {"get", "post"}
    assert set(paths["/api/dogs/{id}/"]) == {"put", "delete"}
    assert set(paths["/api/dogs/{id}/vaccinations/"]) == {"get"}
    assert set(paths["/api/dogs/{id}/adopt/"]) == {"post"}
    assert set(paths["/api/dogs/{id}/photos/"]) == {"get", "post"}
    assert set(paths["/api/owners/"]) == {"get"}
    assert params_of(paths["/api/dogs/{id}/"]["delete"]) == {("id", "path"): True}
    assert params_of(paths["/api/dogs/{id}/vaccinations/"]["get"]) == {("id", "path"): True}


def test_one_parenthesized_heading_is_no_route(tmp_path: Path) -> None:
    """A single heading naming a file in parentheses is no listing of resources: nothing is read from it."""
    paths = extracted_paths(tmp_path, "notes.rst", ONE_ASIDE)
    assert set(paths) == {"/api/status"}
