"""Bullets of full example URLs in the twenty-fifth registry batch (benchmarks/docs/registry_truth): an endpoint
reference whose every item is one coded URL on the API's host, some tagged with the method they take. The rule is
written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

URL_BULLETS = """\
Send the token from `auth/login` with every request.

# Session
- [POST] `https://kiosk.example.org/api/auth/login`
    - post data: `{ user, secret }`
- `https://kiosk.example.org/api/auth/whoami`
    - `{ ok, user }`

# Shelves
- `https://kiosk.example.org/api/shelf/items?shelf=A1`
    - `{ ok, items: [ { name } ] }`
- `https://kiosk.example.org/api/shelf/items?shelf=A1&sorted=1`
    - sorted by name
- [POST ]`https://kiosk.example.org/api/shelf/items`
    - post data: `{ shelf, name }`
- [GET/POST] `https://kiosk.example.org/api/shelf/layout`
    - reads or replaces the layout
"""

POST_DATA = """\
# Notes
- [POST] `https://kiosk.example.org/api/notes`
    - post data: `{ title, text: "...", tags: [ <tag>, <tag> ] }`
    - response: `{ ok, id }`

# Shelves
- [POST] `https://kiosk.example.org/api/shelf/move`
    - post data: `{ from, to }`
- [POST] `https://kiosk.example.org/api/shelf/clear`
    - post data: `{ shelf }`
- `https://kiosk.example.org/api/shelf/list`
"""

LINKS = """\
# Further reading

- `https://kiosk.example.org/guide/start`
- `https://kiosk.example.org/guide/faq`
- `https://kiosk.example.org/guide/changes`
"""


def _query(operation: dict) -> set[str]:
    return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}


def test_bare_url_bullets_beside_tagged_ones_are_gets_with_the_union_of_their_query_names(tmp_path: Path) -> None:
    """Beside `[POST]`-tagged URL bullets, a bare URL bullet is a GET of its path; one path under two query
    strings is one endpoint with both strings' names; `[GET/POST]` is two operations, `[POST ]` one."""
    paths = extracted_paths(tmp_path, "Endpoints.md", URL_BULLETS)
    assert set(paths["/api/auth/whoami"]) == {"get"}
    assert set(paths["/api/auth/login"]) == {"post"}
    assert set(paths["/api/shelf/items"]) == {"get", "post"}
    assert _query(paths["/api/shelf/items"]["get"]) == {"shelf", "sorted"}
    assert set(paths["/api/shelf/layout"]) == {"get", "post"}
    assert "/auth/login" not in paths


def test_bare_url_bullets_with_no_method_tag_on_the_page_state_no_route(tmp_path: Path) -> None:
    """A list of bare URLs, none tagged with a method, is a list of links: the rule stays silent."""
    paths = extracted_paths(tmp_path, "README.md", "# Guide\n\nUse `GET /status` to check.\n\n" + LINKS)
    assert not any(path.startswith("/guide") for path in paths)


def _body(operation: dict) -> set[str]:
    return set(operation["requestBody"]["content"]["application/json"]["schema"]["properties"])


def test_a_post_data_label_over_an_object_of_keys_gives_the_items_body_fields(tmp_path: Path) -> None:
    """`post data: { title, text: "...", tags: [...] }` nested under a request's item names its body fields, the
    object's top-level keys, whether the section is about that one request or lists several; the response's
    object is not the body."""
    paths = extracted_paths(tmp_path, "Endpoints.md", POST_DATA)
    assert _body(paths["/api/notes"]["post"]) == {"title", "text", "tags"}
    assert _body(paths["/api/shelf/move"]["post"]) == {"from", "to"}
    assert _body(paths["/api/shelf/clear"]["post"]) == {"shelf"}
