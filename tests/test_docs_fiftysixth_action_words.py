"""A path list item followed by the operations it takes, named by Django REST framework's viewset action words,
in the fifty-sixth registry batch (benchmarks/docs/registry_truth): `- /things/ (list, create)` states GET and
POST on the collection, `- /things/<pk>/ (retrieve, destroy)` GET and DELETE on the item, by the router's fixed
convention; a custom action is written with its method name, `(post)`. A "body request (create): name (string)"
line under the item gives the body fields of the action it names. Parentheses holding any other word
(`(optional)`) are no such list and give no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROUTES = """\
# Widgets

### Endpoints

*   `Widget list`

    - /widgets/ (list, create)

    body request (create): name (string), size (integer)

*   `Widget detail`

    - /widgets/`<pk>`/ (retrieve, partial_update, destroy)

*   `Widget archive`

    - /widgets/`<pk>`/archive/ (post)

    body request: None

*   `Widget import`

    - /widgets/import/ (post)

    body request: urls: list of strings
"""


def test_action_words_state_the_operations_of_a_path(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ROUTES)
    assert set(ops) == {
        ("GET", "/widgets/"),
        ("POST", "/widgets/"),
        ("GET", "/widgets/{pk}/"),
        ("PATCH", "/widgets/{pk}/"),
        ("DELETE", "/widgets/{pk}/"),
        ("POST", "/widgets/{pk}/archive/"),
        ("POST", "/widgets/import/"),
    }
    assert params_of(ops[("POST", "/widgets/")]) == {("name", "body"): False, ("size", "body"): False}
    assert params_of(ops[("GET", "/widgets/")]) == {}  # the body line names the create action only
    assert params_of(ops[("DELETE", "/widgets/{pk}/")]) == {("pk", "path"): True}
    assert params_of(ops[("POST", "/widgets/{pk}/archive/")]) == {("pk", "path"): True}
    assert params_of(ops[("POST", "/widgets/import/")]) == {("urls", "body"): False}


OTHER_WORDS = """\
# Widgets

    GET /status

### Pages

*   `Widget list`

    - /widgets/ (optional, list)

*   `Widget help`

    - /help/ (see below)
"""


def test_parentheses_with_other_words_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, OTHER_WORDS)) == {("GET", "/status")}
