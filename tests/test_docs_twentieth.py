"""Structures of the twentieth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): each rule is
written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_METHOD_LINES = """\
# Lamp server

## Endpoints

```txt
/lamp
```

Switches the lamp, or reads whether it is on.

Method: GET, PUT

Arguments (PUT only):

- `on` (bool): whether the lamp should be on.
- `fade` (int, optional): seconds to fade over.

```txt
/lamp/colour
```

Sets the colour of the lamp.

Method: POST

Arguments:

- `colour` (str): a colour name.
"""


def test_a_path_alone_in_code_takes_the_methods_a_later_method_line_names(tmp_path: Path) -> None:
    """A path alone in a code block, then prose and `Method: GET, PUT`: a route of each method named (not an
    example path of a GET), described by what follows it up to the next such path; a list labelled
    "Arguments (PUT only)" belongs to the PUT route alone."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_METHOD_LINES)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("get", "/lamp"),
        ("put", "/lamp"),
        ("post", "/lamp/colour"),
    }
    assert params_of(paths["/lamp"]["get"]) == {}
    assert set(params_of(paths["/lamp"]["put"])) == {("on", "body"), ("fade", "body")}
    assert set(params_of(paths["/lamp/colour"]["post"])) == {("colour", "body")}


PAGE_PREFIX = """\
# Kettle API

All endpoints below are prefixed with `/v2`. For example, `/boil` is reached at `/v2/boil`.

## Boil

```
POST /boil
```

## Status

```
GET /status
```
"""


def test_a_prefix_the_page_says_every_route_carries_is_put_on_each(tmp_path: Path) -> None:
    """ "All endpoints below are prefixed with `/v2`": the routes the page writes without it are under it."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_PREFIX)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [("get", "/v2/status"), ("post", "/v2/boil")]


PAGE_QUOTED_NAMES = """\
# Printer

## POST /print

Arguments:

- "text" (str, list): what to print; several are joined.
- "copies" (int) (optional): how many copies. By default 1.
- "duplex" (bool) (optional): print on both sides.
"""


def test_quoted_names_in_a_labelled_list_are_parameters(tmp_path: Path) -> None:
    """`- "copies" (int) (optional): text`: a name in double quotes, its type's bracket, then "(optional)" in a
    bracket of its own, is a parameter as a `code` name is."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_QUOTED_NAMES)
    assert set(params_of(paths["/print"]["post"])) == {("text", "body"), ("copies", "body"), ("duplex", "body")}


def test_an_optional_flag_set_apart_from_the_type_leaves_the_unflagged_required(tmp_path: Path) -> None:
    """Where each optional item writes "(optional)" as a bracket of its own after its type's (`(int) (optional)`),
    the page sets a flag: an item with its type's bracket alone (`"text" (str, list)`) lacks it, and is required."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_QUOTED_NAMES)
    assert params_of(paths["/print"]["post"]) == {
        ("text", "body"): True,
        ("copies", "body"): False,
        ("duplex", "body"): False,
    }


PAGE_TEMPLATE_VARIABLES = """\
# Library

- /shelves Get every shelf.
- /shelves/{{shelf.slug|urlencode}} Get the shelf named `{{shelf.slug}}`.
- /shelves/{{shelf.slug|urlencode}}/{{book.slug|urlencode}}/cover?size={{size}} Get a book's cover.
"""


def test_template_variables_in_a_path_are_its_placeholders(tmp_path: Path) -> None:
    """A page rendered from a template writes its routes as example URLs built from template variables
    (`/shelves/{{shelf.slug|urlencode}}`): a variable that is a whole segment is that segment's placeholder, its
    filters dropped; one that is a query value is an example value of a query parameter."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_TEMPLATE_VARIABLES)
    assert sorted(paths) == [
        "/shelves",
        "/shelves/{shelf_slug}",
        "/shelves/{shelf_slug}/{book_slug}/cover",
    ]
    assert params_of(paths["/shelves/{shelf_slug}/{book_slug}/cover"]["get"]) == {
        ("shelf_slug", "path"): True,
        ("book_slug", "path"): True,
        ("size", "query"): False,
    }


PAGE_DEFINITION_LIST = """\
<h3>Shelf</h3>
<p>A shelf holds books.</p>
<dl>
  <dt><a href="/shelves">/shelves</a></dt>
  <dd>Get every shelf.</dd>
  <dt><a href="/shelves/oak">/shelves/oak</a></dt>
  <dd>Get the oak shelf.</dd>
  <dt><a href="/shelves/oak/books?sort=title">/shelves/oak/books?sort=title</a></dt>
  <dd>Find the books of the oak shelf, by title.</dd>
</dl>
<h3>Reader</h3>
<dl>
  <dt><a href="/readers">/readers</a></dt>
  <dd>Get every reader.</dd>
  <dt><a href="/readers/count">/readers/count</a></dt>
  <dd>Get how many readers there are.</dd>
</dl>
"""


def test_a_definition_list_of_paths_is_a_route_list(tmp_path: Path) -> None:
    """An HTML `<dl>` whose terms are paths and whose definitions say what each gets, on a page with no request
    line: each term is a GET route (the method no description names), its query string its query parameters."""
    paths = extracted_paths(tmp_path, "api.html", PAGE_DEFINITION_LIST)
    assert {"/shelves", "/shelves/oak", "/shelves/oak/books"} <= set(paths)
    assert all(list(ops) == ["get"] for ops in paths.values())
    assert params_of(paths["/shelves/oak/books"]["get"]) == {("sort", "query"): False}


def test_beside_a_route_list_a_shorter_one_of_another_resource_is_one_too(tmp_path: Path) -> None:
    """Beside a list of three routes, a list of two under another heading lists routes too (of another
    resource), though two alone would not make a route list."""
    paths = extracted_paths(tmp_path, "api.html", PAGE_DEFINITION_LIST)
    assert {"/readers", "/readers/count"} <= set(paths)


PAGE_RESPONDS_WITH = """\
# Kettle

## GET /kettle/state

Responds with an object of the kettle's state.

- `temperature` (float): the water's temperature.
- `boiling` (bool): whether the water boils.

## POST /kettle/boil

Boils the water.

- `target` (float): the temperature to stop at.
- `keep_warm` (bool): whether to keep it warm.
"""


def test_a_list_after_a_paragraph_opening_responds_with_holds_the_response_keys(tmp_path: Path) -> None:
    """ "Responds with an object of the kettle's state.", then a list of `code` names: the keys of that answer,
    not parameters (a list after any other paragraph still is)."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_RESPONDS_WITH)
    assert params_of(paths["/kettle/state"]["get"]) == {}
    assert set(params_of(paths["/kettle/boil"]["post"])) == {("target", "body"), ("keep_warm", "body")}


def test_a_method_line_may_set_its_methods_in_code_and_bold(tmp_path: Path) -> None:
    """`**Method:** `DELETE``, `HTTP method: `GET` or `PUT``: the same label, with the methods in code."""
    text = PAGE_METHOD_LINES.replace("Method: GET, PUT", "HTTP method: `GET` or `PUT`").replace(
        "Method: POST", "**Method:** `POST`"
    )
    paths = extracted_paths(tmp_path, "api.md", text)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("get", "/lamp"),
        ("put", "/lamp"),
        ("post", "/lamp/colour"),
    }
