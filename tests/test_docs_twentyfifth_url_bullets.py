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
