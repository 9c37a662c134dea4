"""Requests stated only in HTML attributes in the twenty-sixth registry batch (benchmarks/docs/registry_truth): a
console page whose buttons carry the method, URL and JSON body they send. The rule is written for the structure a
page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

CONSOLE = """\
<!DOCTYPE html>
<html><body>
<h2>Commands</h2>
<h3>Shelves</h3>
<ul>
  <li><button type="button" data-url="/v2/shelves" data-body="" data-method="GET">list shelves</button></li>
  <li><button type="button" data-url="/v2/shelves/7" data-body="" data-method="GET">read a shelf</button></li>
  <li><button type="button" data-url="/v2/shelves/7" data-method="PATCH"
       data-body='{"label": "Fiction", "capacity": 40}'>relabel a shelf</button></li>
</ul>
<h3>Books</h3>
<ul>
  <li><button type="button" data-url="/v2/books" data-method="post" data-body='{
      "title": "Dune",
      "author": {"name": "Herbert"}
  }'>add a book</button></li>
</ul>
</body></html>
"""

PLAIN_BUTTONS = """\
<!DOCTYPE html>
<html><body>
<h2>Reader</h2>
<p>Use <code>GET /v2/shelves</code> to list the shelves.</p>
<button type="button" data-target="/v2/help" data-toggle="modal">help</button>
<a href="/v2/about" data-method="nothing">about</a>
</body></html>
"""


def test_buttons_carrying_a_method_and_a_url_are_the_pages_requests(tmp_path: Path) -> None:
    """`data-method` and `data-url` on one element state a request; its example number after a listed collection
    is an id; a `data-body` JSON object's top-level keys are the body fields (nested objects are one field)."""
    paths = extracted_paths(tmp_path, "console.html", CONSOLE)
    assert set(paths) == {"/v2/shelves", "/v2/shelves/{id}", "/v2/books"}
    assert set(paths["/v2/shelves"]) == {"get"}
    assert set(paths["/v2/shelves/{id}"]) == {"get", "patch"}
    assert params_of(paths["/v2/shelves/{id}"]["patch"]) == {
        ("id", "path"): True,
        ("label", "body"): False,
        ("capacity", "body"): False,
    }
    assert set(paths["/v2/books"]) == {"post"}
    assert {name for name, location in params_of(paths["/v2/books"]["post"]) if location == "body"} == {
        "title",
        "author",
    }


def test_elements_without_a_method_attribute_and_a_url_attribute_state_nothing(tmp_path: Path) -> None:
    """A button's other data attributes, or a `data-method` that names no HTTP method, state no request."""
    paths = extracted_paths(tmp_path, "reader.html", PLAIN_BUTTONS)
    assert set(paths) == {"/v2/shelves"}
