"""Django's path converters in the fifty-sixth registry batch (benchmarks/docs/registry_truth): an operation
stated by label lines under its heading, `Method: POST` and `Endpoint: /confirm/<str:key>/`, whose path writes its
values as Django writes them in `path()` routes, `<type:name>` (the types `str`, `int`, `slug`, `uuid`, `path`).
Each is the placeholder `{name}`, as a Werkzeug converter is; a bare angle name keeps its whole text, and an
angle text that is no converter (`<b>`) gives no placeholder."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

LABELLED = """\
# Accounts API

##### Confirm email
Method: `POST`  
Endpoint: `/confirm/<str:key>/`  

##### Reset confirm
Method: `POST`  
Endpoint: `/reset/<slug:uid>/<str:token>/`  

##### Item
Method: `GET`  
Endpoint: `/items/<int:pk>/`  
"""


def test_a_django_converter_is_a_named_placeholder(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LABELLED)
    assert set(ops) == {("POST", "/confirm/{key}/"), ("POST", "/reset/{uid}/{token}/"), ("GET", "/items/{pk}/")}
    assert params_of(ops[("POST", "/confirm/{key}/")]) == {("key", "path"): True}
    assert params_of(ops[("POST", "/reset/{uid}/{token}/")]) == {("uid", "path"): True, ("token", "path"): True}


def test_an_unknown_converter_name_is_not_read_as_one(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, "# API\n\n    GET /files/<mine:name>/\n")
    assert all("{name}" not in path for _, path in ops)
