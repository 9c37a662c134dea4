"""Parameters a hand-written page states once for several requests or lends from one to another: methods a
page-wide sentence gives every section, "same as X plus", lists that name the requests they apply to, header
lines and attribute lists beside routes (the fifth to eighth registry batches, benchmarks/docs/registry_truth)."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of


def test_sections_titled_by_endpoint_names_take_the_methods_a_page_wide_sentence_states(tmp_path: Path) -> None:
    """Splash's HTTP API page: sections titled by the endpoint's bare name, one sentence saying how every endpoint
    is called, the folder the names sit in shown by an example URL; a section stating its own route keeps it."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Thumbnailer\n\nEach of the endpoints accepts a GET with a query string, or a POST of a JSON object.\n"
        "The `resize` and `crop.jpg` endpoints return images; `health` reports the status.\n\n"
        "## resize\n\nScale a picture.\n\n- `src` (string, required): the picture\n- `w` (integer): the width\n\n"
        "Example: `http://img.example.com/v1/resize?src=a.png&w=10`\n\n"
        "## crop.jpg\n\nCut a picture.\n\n- `src` (string, required): the picture\n\n"
        "## health\n\nThe `health` endpoint: `GET /v1/health`.\n\n## Notes\n\nNothing for all endpoints here.\n",
    )
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/v1/crop.jpg"),
        ("get", "/v1/health"),
        ("get", "/v1/resize"),
        ("post", "/v1/crop.jpg"),
        ("post", "/v1/resize"),
    ]
    assert params_of(paths["/v1/resize"]["get"]) == {("src", "query"): True, ("w", "query"): False}
    assert params_of(paths["/v1/resize"]["post"]) == {("src", "body"): True, ("w", "body"): False}


def test_a_definition_terms_required_classifier_marks_the_parameter_required(tmp_path: Path) -> None:
    """reStructuredText classifiers after a definition term (`name : type : required`) state the flag."""
    paths = _paths(
        tmp_path,
        "api.rst",
        "Search\n======\n\n``POST /v2/search``\n\nArguments:\n\n"
        "query : string : required\n    What to look for.\n\n"
        "page : integer : optional\n    Which page.\n\n"
        "lang : string\n    The language.\n",
    )
    assert params_of(paths["/v2/search"]["post"]) == {
        ("query", "body"): True,
        ("page", "body"): False,
        ("lang", "body"): False,
    }


def test_a_section_that_says_its_parameters_are_another_sections_takes_them(tmp_path: Path) -> None:
    """A section saying "same as X, plus the following:" or "takes the same fields as X" gets X's parameter
    list (through a chain); "returns the same as X" is about the response and copies nothing."""
    table = "| Name | Type | Required | Description |\n|---|---|---|---|\n"
    paths = _paths(
        tmp_path,
        "README.md",
        "# Jobs\n\n## POST /v1/jobs\n\nCreate a job.\n\n" + table + "| title | string | yes | The title |\n"
        "| due | string | no | When |\n\n"
        "## PUT /v1/jobs/{id}\n\nBody: same as `POST /v1/jobs`, plus the following:\n\n"
        + table
        + "| force | boolean | no | Overwrite |\n\n"
        "## PATCH /v1/jobs/{id}\n\nThis operation takes the same fields as `PUT /v1/jobs/{id}`.\n\n"
        "## DELETE /v1/jobs/{id}\n\nReturns the same as `POST /v1/jobs`.\n",
    )
    assert params_of(paths["/v1/jobs/{id}"]["put"]) == {
        ("id", "path"): True,
        ("title", "body"): True,
        ("due", "body"): False,
        ("force", "body"): False,
    }
    assert params_of(paths["/v1/jobs/{id}"]["patch"]) == params_of(paths["/v1/jobs/{id}"]["put"])
    assert params_of(paths["/v1/jobs/{id}"]["delete"]) == {("id", "path"): True}


def test_a_list_item_written_as_name_equals_value_names_the_parameter(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "## GET /v3/orders\n\nList orders.\n\nQuery parameters:\n\n"
        "- `state={state}` (optional) Only orders in this state.\n- `page=N` The page to return.\n",
    )
    assert params_of(paths["/v3/orders"]["get"]) == {("state", "query"): False, ("page", "query"): False}


def test_parameter_lists_in_a_section_of_their_own_go_to_the_requests_its_sentence_names(tmp_path: Path) -> None:
    """A section that names several requests and says they take parameters, then lists them: each request
    takes every list that follows (a note between lists aside); a section stating one route is its own."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Shop\n\n## GET /v3/orders\n\nList orders.\n\n## GET /v3/invoices\n\nList invoices.\n\n"
        "## Paging\n\nEach of the list requests, `GET /v3/orders` and `GET /v3/invoices`, supports these "
        "parameters:\n\n- `offset` - where to start\n- `count` - how many\n\nSome note about counts.\n\n"
        "- `order=asc` (optional) The sort order.\n",
    )
    expected = {("offset", "query"): False, ("count", "query"): False, ("order", "query"): False}
    assert params_of(paths["/v3/orders"]["get"]) == expected
    assert params_of(paths["/v3/invoices"]["get"]) == expected


def test_a_heading_made_of_several_request_lines_describes_each_of_them(tmp_path: Path) -> None:
    """`### **POST `/api/job/once`** & **POST `/api/job/every`**` over one body: each request takes it; a heading
    that says more than its request lines is left as it is."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Tags\n\n## `PUT /v2/tags/{tag}` or `PATCH /v2/tags/{tag}`\n\nBody fields:\n\n"
        "- `colour` (string, required): the colour\n- `note` (string): a note\n\n"
        "## Moving from GET /v1/tags to GET /v2/tags\n\n- `page` (integer): which page\n",
    )
    expected = {("tag", "path"): True, ("colour", "body"): True, ("note", "body"): False}
    assert params_of(paths["/v2/tags/{tag}"]["put"]) == expected
    assert params_of(paths["/v2/tags/{tag}"]["patch"]) == expected
    assert params_of(paths["/v2/tags"]["get"]) == {}


def test_a_body_given_as_the_same_as_another_requests_is_that_requests_example(tmp_path: Path) -> None:
    """ "Data: same as POST `/api/job`": the other operation's request body (not its response), and the request
    line in the reference names no operation of this section."""
    paths = _paths(
        tmp_path,
        "README.md",
        '## POST /v1/notes\n\nRequest body:\n\n```json\n{"title": "Groceries", "text": "milk"}\n```\n\n'
        'Response:\n\n```json\n{"created": true}\n```\n\n'
        "## PUT /v1/notes/{id}\n\nReplace a note.\n\n* Body: same as for `POST /v1/notes`\n",
    )
    assert params_of(paths["/v1/notes/{id}"]["put"]) == {
        ("id", "path"): True,
        ("title", "body"): False,
        ("text", "body"): False,
    }


def test_header_lines_in_a_code_block_are_headers_the_request_sends(tmp_path: Path) -> None:
    """A block of `Name: value` lines (names quoted or not) after the request line, and an example request
    line over such lines, which is then an example of the stated template, not a route of its own."""
    paths = _paths(
        tmp_path,
        "README.md",
        "## Upload a file\n\n```\n[PUT] /files/{name}\n```\n\nThe request carries headers of its own.\n\n"
        '```\nX-Checksum: {sha}\n"X-Overwrite": yes\n```\n\nFor instance.\n\n'
        "```\n[PUT] /files/report.pdf\n\n'X-Tag': 'q3'\n```\n",
    )
    assert sorted(paths) == ["/files/{name}"]
    assert params_of(paths["/files/{name}"]["put"]) == {
        ("name", "path"): True,
        ("X-Checksum", "header"): False,
        ("X-Overwrite", "header"): False,
        ("X-Tag", "header"): False,
    }


def test_an_objects_attribute_list_beside_its_routes_is_the_body_of_the_post_that_creates_one(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "## Widgets\n\nEvery widget contains the following properties:\n\n- `id` - assigned by the server\n"
        "- `label` - what it is called\n- `size` - how big\n\n"
        "| Method | Path | Description |\n|---|---|---|\n| GET | /api/widgets | List them |\n"
        "| POST | /api/widgets | Make one |\n| PUT | /api/widgets/{wid} | Replace one |\n",
    )
    assert params_of(paths["/api/widgets"]["post"]) == {("label", "body"): False, ("size", "body"): False}
    assert params_of(paths["/api/widgets/{wid}"]["put"]) == {("wid", "path"): True}


def test_a_wikitext_bold_name_leads_a_parameter_item(tmp_path: Path) -> None:
    """TiddlyWiki's own markup: `''name''` is bold, as `**name**` in Markdown."""
    paths = _paths(
        tmp_path,
        "search.md",
        "# Search\n\n```\nGET /api/search\n```\n\nParameters:\n\n"
        "* ''q'' - the text to find (required)\n* ''limit'' - how many to return (optional)\n",
    )
    assert params_of(paths["/api/search"]["get"]) == {("q", "query"): True, ("limit", "query"): False}


def test_a_path_wrapped_over_two_lines_of_a_table_cell_is_one_path(tmp_path: Path) -> None:
    """A grid-table cell whose path goes on on the next line (and reaches the cell's border) is one path."""
    table = (
        "+--------+-----------------------------+--------------+\n"
        "| Verb   | URI                         | Notes        |\n"
        "+========+=============================+==============+\n"
        "| PUT    | /projects/{project}/members/| Grant roles  |\n"
        "|        | {member}/roles              | to a member  |\n"
        "+--------+-----------------------------+--------------+\n"
        "| GET    | /projects/{project}         | One project  |\n"
        "+--------+-----------------------------+--------------+\n"
    )
    paths = _paths(tmp_path, "api.rst", "Projects\n========\n\n" + table)
    assert sorted(paths) == ["/projects/{project}", "/projects/{project}/members/{member}/roles"]


def test_a_one_row_endpoint_table_makes_its_section_that_requests(tmp_path: Path) -> None:
    """A section that states its request only as the one row of a Method / URL table describes that request."""
    paths = _paths(
        tmp_path,
        "README.md",
        "# Boards\n\n## Rename a board\n\n| Method | URL |\n|---|---|\n| PATCH | /boards/{board} |\n\n"
        "Request attributes:\n\n| Name | Type | Description |\n|---|---|---|\n| title | string | The new title |\n\n"
        "## Remove a board\n\n| Method | URL |\n|---|---|\n| DELETE | /boards/{board} |\n",
    )
    assert params_of(paths["/boards/{board}"]["patch"]) == {("board", "path"): True, ("title", "body"): False}
    assert params_of(paths["/boards/{board}"]["delete"]) == {("board", "path"): True}


def test_an_endpoint_tables_header_column_names_headers_and_unmarked_ones_are_required(tmp_path: Path) -> None:
    """Where the page marks some headers "(optional)", one it leaves unmarked is required."""
    row = "| Verb | Endpoint | Header |\n|---|---|---|\n"
    paths = _paths(
        tmp_path,
        "README.md",
        "# Carts\n\n## Get a cart\n\n" + row + "| GET | /carts/{cart} | X-Trace-Id (optional) |\n\n"
        "## Add a cart\n\n" + row + "| POST | /carts | X-Tenant |\n",
    )
    assert params_of(paths["/carts/{cart}"]["get"]) == {("cart", "path"): True, ("X-Trace-Id", "header"): False}
    assert params_of(paths["/carts"]["post"]) == {("X-Tenant", "header"): True}


def test_a_header_a_sentence_says_must_be_sent_is_required(tmp_path: Path) -> None:
    paths = _paths(
        tmp_path,
        "README.md",
        "## POST /v1/uploads\n\nStart an upload. The `Upload-Length` header must always be sent, and a header "
        '("X-Tenant") must be present too. The X-Debug header may be given.\n',
    )
    assert params_of(paths["/v1/uploads"]["post"]) == {
        ("Upload-Length", "header"): True,
        ("X-Tenant", "header"): True,
    }


def test_headers_listed_after_a_sentence_naming_a_method_go_to_that_methods_request(tmp_path: Path) -> None:
    """A section stating two requests lists headers "for a `PUT` request": the PUT takes them, the DELETE does not;
    "required, unless ..." is a condition, so not required."""
    paths = _paths(
        tmp_path,
        "README.md",
        "## Blobs\n\nSend a `PUT` request to `/blobs/{id}` to store a blob; a `DELETE` request to `/blobs/{id}` "
        "removes it.\n\nThe server reads these headers with a `PUT` request:\n\n"
        "- `X-Blob-Kind` This header is required, unless the kind can be guessed.\n"
        "- `X-Blob-Owner` This header is required.\n- `X-Blob-Note` This header is optional.\n",
    )
    assert params_of(paths["/blobs/{id}"]["put"]) == {
        ("id", "path"): True,
        ("X-Blob-Kind", "header"): False,
        ("X-Blob-Owner", "header"): True,
        ("X-Blob-Note", "header"): False,
    }
    assert params_of(paths["/blobs/{id}"]["delete"]) == {("id", "path"): True}
