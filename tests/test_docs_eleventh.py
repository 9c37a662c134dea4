"""Structures of the eleventh registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "Eleventh batch"):
each rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of


def _operations(paths: dict) -> list[tuple[str, str]]:
    return sorted((m, p) for p, ops in paths.items() for m in ops)


def test_routes_nested_under_bare_path_items_take_their_parents_paths(tmp_path: Path) -> None:
    """A bullet tree: `/api/v1` > `/widgets` > `POST /`, `PUT /:id/colour`; the routes are the concatenation,
    the **Requires** / **Accepts** sub-items their fields (required / not), "No parameters" none; a later list
    naming `/widgets` again at its top means the same resource, and so does a sentence naming a route as the
    list writes it under one resource only (`PUT /:id/colour`; `DELETE /:id` is under two, and left)."""
    paths = _paths(
        tmp_path,
        "routes.md",
        "# Endpoints\n\nFor example, `PUT /:id/colour` changes a widget's colour; `DELETE /:id` is anyone's.\n\n"
        "* `/api/v1`\n"
        "    * `/widgets`\n"
        "        * `POST /`\n"
        "            * Creates a widget\n"
        "            * **Requires**: `name`\n"
        "            * **Accepts**: `colour`, `tags (array)`\n"
        "        * `PUT /:id/colour`\n"
        "            * **Requires**: `colour`\n"
        "        * `DELETE /:id`\n"
        "            * **Accepts**: No parameters normally, will accept `password` instead of a token\n"
        "    * `/gadgets`\n"
        "        * `DELETE /:gid/parts`\n"
        "            * **Requires**: `parts (array)`\n"
        "        * `GET /:gid`\n"
        "            * **Accepts**: `fields`\n"
        "        * `DELETE /:id`\n\n"
        "## Changes\n\n"
        "* `/widgets`\n"
        "    * Two new endpoints, `DELETE /:id` and `PUT /:id/colour`\n",
    )
    assert _operations(paths) == [
        ("delete", "/api/v1/gadgets/{gid}/parts"),
        ("delete", "/api/v1/gadgets/{id}"),
        ("delete", "/api/v1/widgets/{id}"),
        ("delete", "/{id}"),
        ("get", "/api/v1/gadgets/{gid}"),
        ("post", "/api/v1/widgets"),
        ("put", "/api/v1/widgets/{id}/colour"),
    ]
    assert params_of(paths["/api/v1/widgets"]["post"]) == {
        ("name", "body"): True,
        ("colour", "body"): False,
        ("tags", "body"): False,
    }
    assert params_of(paths["/api/v1/widgets/{id}/colour"]["put"]) == {("id", "path"): True, ("colour", "body"): True}
    assert params_of(paths["/api/v1/widgets/{id}"]["delete"]) == {("id", "path"): True}
    assert params_of(paths["/api/v1/gadgets/{gid}/parts"]["delete"]) == {("gid", "path"): True, ("parts", "body"): True}
    assert params_of(paths["/api/v1/gadgets/{gid}"]["get"]) == {("gid", "path"): True, ("fields", "query"): False}


def test_routes_written_in_full_under_a_path_item_stay_as_written(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "routes.md",
        "# Endpoints\n\n* `/users`\n    * `GET /users/:id` - one user\n    * `GET /users` - every user\n",
    )
    assert _operations(paths) == [("get", "/users"), ("get", "/users/{id}")]


def test_operations_stated_as_object_literals_in_a_components_props_are_read(tmp_path: Path) -> None:
    """MDX: `<Examples data={[{ method: "GET", path: "/api/{slug}", ... }]} />`: each object with a method and a
    path is an operation; its `req.body` a request example, the list in a JSX fragment prop its query parameters;
    the same component shown in a code fence is code; the lines after the component keep their numbers."""
    component = (
        "<Examples\n"
        "  data={[\n"
        "    {\n"
        '      operation: "Find",\n'
        '      method: "GET",\n'
        '      path: "/api/{slug}",\n'
        '      description: "Find documents",\n'
        "      example: {\n"
        "        req: true,\n"
        "        drawer: (\n"
        "          <>\n"
        "            The <code>find</code> endpoint supports the following query parameters:\n"
        '            <ul><li><a href="/docs/sort">sort</a> - sort by field</li>\n'
        "            <li>limit - at most this many</li></ul>\n"
        "          </>\n"
        "        ),\n"
        "      },\n"
        "    },\n"
        "    {\n"
        '      operation: "Login", method: "post", path: "/api/{users}/login",\n'
        "      example: {\n"
        "        req: {\n"
        "          credentials: true,\n"
        '          body: { email: "a@b.c", password: "pw", },\n'
        "        },\n"
        "        // a comment\n"
        "        res: { ok: 1 },\n"
        "      },\n"
        "    },\n"
        "  ]}\n"
        "/>\n"
    )
    paths = _paths(
        tmp_path,
        "rest.mdx",
        "---\ntitle: REST\n---\n\n## Collections\n\n"
        + component
        + "\n## Later\n\n`DELETE /api/{slug}/{id}` removes one.\n\n"
        + '```jsx\n<Examples data={[{ method: "PUT", path: "/api/shown" }]} />\n```\n',
    )
    assert _operations(paths) == [
        ("delete", "/api/{slug}/{id}"),
        ("get", "/api/{slug}"),
        ("post", "/api/{users}/login"),
    ]
    assert params_of(paths["/api/{slug}"]["get"]) == {
        ("slug", "path"): True,
        ("sort", "query"): False,
        ("limit", "query"): False,
    }
    login = params_of(paths["/api/{users}/login"]["post"])
    assert login == {("users", "path"): True, ("email", "body"): False, ("password", "body"): False}
    assert paths["/api/{slug}/{id}"]["delete"]["x-mcpgen-source"]["line"] == 7 + component.count("\n") + 3


_STORE_RST = (
    "Store\n=====\n\n"
    "``POST /v1/bucket/:index``\n--------------------------\n\nCreate a bucket.\n\n"
    "``GET /v1/bucket/:index/:share``\n---------------------------------\n\nRead a share.\n\n"
)


def test_a_literal_block_inside_a_list_item_is_code_labelled_by_the_item(tmp_path: Path) -> None:
    """reStructuredText: ``1. Create a bucket for ``AAAA``::`` then an indented HTTP request: a request example
    (its path fitted to the stated route, its headers read), not a request line in the item's text."""
    paths = _paths(
        tmp_path,
        "store.rst",
        _STORE_RST + "Examples\n--------\n\n"
        "1. Create a bucket for index ``AAAAAAAA``::\n\n"
        '     POST /v1/bucket/AAAAAAAA\n     X-Upload-Secret: xyz\n\n     {"size": 48}\n\n'
        "#. Read share ``7``::\n\n     GET /v1/bucket/AAAAAAAA/7\n     Range: bytes=0-47\n",
    )
    assert _operations(paths) == [("get", "/v1/bucket/{index}/{share}"), ("post", "/v1/bucket/{index}")]
    assert ("X-Upload-Secret", "header") in params_of(paths["/v1/bucket/{index}"]["post"])


def test_requests_a_non_normative_section_shows_are_uses_of_stated_routes_or_nothing(tmp_path: Path) -> None:
    """ "This section is non-normative": its exchanges on concrete values are examples; one of an older form that
    fits no stated route (`GET /v1/bucket/AAAAAAAA?share=7`) is no route of its own."""
    paths = _paths(
        tmp_path,
        "store.rst",
        _STORE_RST + "Sample Interactions\n-------------------\n\nThis section is non-normative.\n\n"
        "Buckets\n~~~~~~~\n\n"
        "1. Create a bucket::\n\n     POST /v1/bucket/AAAAAAAA\n     X-Upload-Secret: xyz\n\n"
        "#. Read share ``7``::\n\n     GET /v1/bucket/AAAAAAAA?share=7\n     Range: bytes=0-47\n",
    )
    assert _operations(paths) == [("get", "/v1/bucket/{index}/{share}"), ("post", "/v1/bucket/{index}")]


def test_routes_the_text_disowns_are_no_routes(tmp_path: Path) -> None:
    """A request named to compare with, a design considered and not taken, a former spelling, and a route whose
    section says it is not implemented."""
    paths = _paths(
        tmp_path,
        "api.md",
        "# API\n\n## `GET /b/:id`\n\nRead a b, just like `GET /a/:id`.\n\n"
        "## `POST /c/:id`\n\nCreate a c.\n\n### Discussion\n\nWe considered making this `POST /c` instead.\n"
        "The identifier would then stay out of the URL.\n\n"
        "## `PUT /d/:id/tags`\n\nReplace the tags.\n\n"
        "## `GET /e/:id`\n\nNot yet implemented.\nGet every e.\n\n"
        "## Changes from v1\n\n* `POST /d/:id/tags` is now `PUT /d/:id/tags`\n",
    )
    assert _operations(paths) == [("get", "/b/{id}"), ("post", "/c/{id}"), ("put", "/d/{id}/tags")]


def test_one_optional_mark_in_a_key_list_makes_the_unmarked_keys_required(tmp_path: Path) -> None:
    """ "`read-only` (optional)" among keys that say nothing of need: the others are required; not where the page
    marks required keys itself ("`model`: (required)"), where an unmarked key is only not said optional."""
    keys = "* `invite-code`: the code\n* `author`: a name\n* `read-only` (optional): reject writes\n"
    paths = _paths(tmp_path, "join.md", "# API\n\n## `POST /join`\n\nThe body is a JSON object with keys:\n\n" + keys)
    assert params_of(paths["/join"]["post"]) == {
        ("invite-code", "body"): True,
        ("author", "body"): True,
        ("read-only", "body"): False,
    }
    marking = "## `POST /chat`\n\nParameters:\n\n* `model`: (required) the model\n* `stream`: (optional) stream\n\n"
    paths = _paths(
        tmp_path,
        "chat.md",
        "# API\n\n" + marking + "## `POST /join`\n\nThe body is a JSON object with keys:\n\n" + keys,
    )
    assert params_of(paths["/join"]["post"])[("invite-code", "body")] is False


def test_a_header_the_request_must_include_is_required(tmp_path: Path) -> None:
    """RFC 2119: "The request MUST include a ``X-Upload-Secret`` header", "... MUST include a *Content-Range* header
    field", even where an example block then shows the header without saying so."""
    paths = _paths(
        tmp_path,
        "store.rst",
        "Store\n=====\n\n``PATCH /v1/bucket/:index``\n---------------------------\n\n"
        "The request MUST include a *Content-Range* header field.\n\n"
        "The request MUST include a ``X-Upload-Secret`` header that includes the secret::\n\n"
        "    X-Upload-Secret: upload-secret <base64-secret>\n",
    )
    found = params_of(paths["/v1/bucket/{index}"]["patch"])
    assert found[("Content-Range", "header")] is True
    assert found[("X-Upload-Secret", "header")] is True


def test_the_keys_of_a_schema_the_body_must_validate_against_are_required(tmp_path: Path) -> None:
    """ "The request body MUST validate against this CDDL schema:" then an object whose keys are quoted (no
    declaration) and a rule after it (`share_number = uint`): its keys are required; an example is not."""
    paths = _paths(
        tmp_path,
        "store.rst",
        "Store\n=====\n\n``POST /v1/slot/:index/write``\n-------------------------------\n\n"
        "The request body MUST validate against this CDDL schema::\n\n"
        '  {\n    "vectors": {\n      0*256 share_number : uint\n    }\n    "read": [0*30 uint]\n  }\n'
        "  share_number = uint\n\n",
    )
    assert params_of(paths["/v1/slot/{index}/write"]["post"]) == {
        ("index", "path"): True,
        ("vectors", "body"): True,
        ("read", "body"): True,
    }


def test_a_query_argument_written_as_an_example_of_itself_in_a_sentence_is_a_parameter(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "folders.rst",
        "Folders\n=======\n\nGET ``/v1/folder``\n------------------\n\n"
        "You may include the query argument ``?include_secrets=1`` to include hidden values.\n\n"
        "GET ``/v1/folder/changes``\n--------------------------\n\n"
        "Takes an optional ``?number=`` argument (default is 30). The ``?since=<time>`` argument is required.\n",
    )
    assert params_of(paths["/v1/folder"]["get"]) == {("include_secrets", "query"): False}
    assert params_of(paths["/v1/folder/changes"]["get"]) == {("number", "query"): False, ("since", "query"): True}


def test_a_route_just_like_the_version_its_path_differs_in_takes_that_routes_body(tmp_path: Path) -> None:
    """ "Just like the immutable version.": the route of the same method whose path has `immutable` where this one
    has `mutable` lends its body (its schema's keys required, as there)."""
    paths = _paths(
        tmp_path,
        "store.rst",
        "Store\n=====\n\n``POST /v1/immutable/:index/corrupt``\n-------------------------------------\n\n"
        "Report corruption. The request body MUST validate against this CDDL schema::\n\n"
        "  {\n    reason: tstr\n  }\n\n"
        "``POST /v1/mutable/:index/corrupt``\n-----------------------------------\n\n"
        "Report corruption. Just like the immutable version.\n",
    )
    assert params_of(paths["/v1/mutable/{index}/corrupt"]["post"]) == {
        ("index", "path"): True,
        ("reason", "body"): True,
    }


def test_the_query_a_route_of_the_same_path_lists_is_taken_where_the_description_names_it(tmp_path: Path) -> None:
    """ "Delete all documents matching the where query", beside a find route on the same path that lists `where`:
    the bulk route takes `where` too; a name no route of its path lists is not read so."""
    paths = _paths(
        tmp_path,
        "docs.md",
        "# API\n\n## Find\n\n`GET /api/{slug}`\n\nFind documents. It supports these query parameters:\n\n"
        "- `where` - a filter\n- `limit` - how many\n\n"
        "## Delete\n\n`DELETE /api/{slug}`\n\nDelete all documents matching the where query and the depth filter.\n",
    )
    assert params_of(paths["/api/{slug}"]["delete"]) == {("slug", "path"): True, ("where", "query"): False}


def test_a_component_with_operation_props_and_children_keeps_its_children(tmp_path: Path) -> None:
    """`<Example data={[...]}>` with children and no closing tag found quickly: the opening tag is written out, the
    children stay (an unclosed one costs no scan of the rest of the page)."""
    component = '<Ex data={[{ method: "GET", path: "/v1/x", description: "One x." }]}>\n  See `GET /v1/y` too.\n</Ex>\n'
    paths = _paths(tmp_path, "x.mdx", "## Things\n\n" + component + "\n" + "<Open>\n" * 3000)
    assert _operations(paths) == [("get", "/v1/x"), ("get", "/v1/y")]
