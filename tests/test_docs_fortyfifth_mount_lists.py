"""A list of the URLs an app adds to a site, in the forty-fifth registry batch (benchmarks/docs/registry_truth):
a Django app's README says to include its URL configuration, then "This mounts:" over bullets of paths in code
without a method (`/links/<slug>/` — the page a short link opens; `/api/links/...` — the REST API), beside a
fence of `METHOD /path` lines for the REST API.

"This mounts:" introduces the routes the app serves, like "This API exposes these endpoints:": each path is a
route, GET unless its description names another method (a page one is sent to is fetched). A path ending in an
ellipsis stands for the routes under it (stated in the fence, or nowhere): no route of its own. A list under a
lead-in that says something else of paths ("Mount points to avoid:") gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

MOUNTS = """\
# links

## Install

```python
urlpatterns = [path("", include("links.urls"))]
```

This mounts:
- `/links/<slug>/` — the redirect page a short link opens
- `/links/<slug>/image/` — download the link's image
- `/api/links/...` — REST API

## REST API

```
GET    /api/links/             list links
POST   /api/links/             create
GET    /api/links/<id>/        retrieve
DELETE /api/links/<id>/
```
"""


def test_a_mounted_path_is_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MOUNTS)
    assert ("GET", "/links/{slug}/") in ops and ("GET", "/links/{slug}/image/") in ops
    assert params_of(ops[("GET", "/links/{slug}/")]) == {("slug", "path"): True}


def test_an_elided_path_is_no_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MOUNTS)
    assert not [key for key in ops if "..." in key[1]]
    assert len(ops) == 6


AVOID = """\
# links

Do not use these mount points:
- `/links/<slug>/` — taken by another app
- `/links/<slug>/image/` — reserved

## REST API

```
GET    /api/links/             list links
POST   /api/links/             create
```
"""


def test_a_list_of_paths_not_mounted_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, AVOID)
    assert set(ops) == {("GET", "/api/links/"), ("POST", "/api/links/")}
