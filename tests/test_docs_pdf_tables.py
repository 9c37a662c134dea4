"""The PDF reducer's tables: column-aligned text, wrapped and vertically centred cells, headerless tables whose
columns are named from what they hold, endpoint tables and printed schema property lists."""

from __future__ import annotations

from pathlib import Path

from conftest import shared_spec
from operations import params_of
from pdfs import Run, blocks, make_pdf, texts, width

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi
from mcpgen.ingest.docs.blocks import Document
from mcpgen.ingest.docs.params import split_glued_columns
from mcpgen.ingest.docs.pdf import _Emitter, reduce_pdf


def test_column_aligned_text_becomes_a_table_with_wrapped_cells_joined_to_their_row() -> None:
    page = [
        (72, 72, 9, "Name"),
        (160, 72, 9, "Located in"),
        (240, 72, 9, "Description"),
        (460, 72, 9, "Required"),
        *[(72, 86, 9, "limit"), (160, 86, 9, "query"), (240, 86, 9, "How many items to return at")],
        (460, 86, 9, "No"),
        (240, 97, 9, "most; the server caps it."),
        *[(72, 112, 9, "cursor"), (160, 112, 9, "query"), (240, 112, 9, "Where to continue."), (460, 112, 9, "No")],
        (72, 150, 10, "The list is sorted by creation time."),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    (table,) = blocks(doc, "table")
    assert table.header
    assert table.rows == (
        ("Name", "Located in", "Description", "Required"),
        ("limit", "query", "How many items to return at most; the server caps it.", "No"),
        ("cursor", "query", "Where to continue.", "No"),
    )
    assert texts(doc) == ["The list is sorted by creation time."]


def test_a_row_with_an_empty_first_cell_stays_its_own_row() -> None:
    page = [
        *[(72, 72, 8, "PATH"), (200, 72, 8, "VERB"), (260, 72, 8, "BODY")],
        *[(72, 82, 8, "/device"), (200, 82, 8, "GET"), (260, 82, 8, "N/A")],
        *[(200, 92, 8, "POST"), (260, 92, 8, "Device")],
    ]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows == (("PATH", "VERB", "BODY"), ("/device", "GET", "N/A"), ("", "POST", "Device"))


def test_a_table_continues_across_a_page_break_without_its_repeated_header() -> None:
    def header(y: float) -> list[Run]:
        return [(72, y, 9, "Code"), (160, y, 9, "Description")]

    first = [*header(700), (72, 714, 9, "200"), (160, 714, 9, "OK"), (72, 728, 9, "201"), (160, 728, 9, "Created")]
    second = [*header(60), (72, 74, 9, "404"), (160, 74, 9, "Not found"), (72, 110, 10, "After the table.")]
    doc = reduce_pdf(make_pdf([first, second]), "api.pdf")
    (table,) = blocks(doc, "table")
    assert table.rows == (("Code", "Description"), ("200", "OK"), ("201", "Created"), ("404", "Not found"))
    assert texts(doc) == ["After the table."]


def test_a_header_centred_over_its_column_still_takes_the_data_under_it() -> None:
    page = [
        *[(100, 72, 9, "Name"), (260, 72, 9, "Path"), (420, 72, 9, "Description")],
        *[(72, 86, 9, "Ticket"), (200, 86, 9, "#/components/schemas/Ticket"), (360, 86, 9, "A museum ticket.")],
        *[(72, 98, 9, "Error"), (200, 98, 9, "#/components/schemas/Error"), (360, 98, 9, "What went wrong.")],
    ]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows[1:] == (
        ("Ticket", "#/components/schemas/Ticket", "A museum ticket."),
        ("Error", "#/components/schemas/Error", "What went wrong."),
    )


def centred_rows(y: float, rows: list[tuple[str, list[str], str, str]]) -> list[Run]:
    """Table rows as xhtml2pdf prints them: every cell vertically centred on its row, lines 15 apart."""
    page: list[Run] = []
    for name, description, where, kind in rows:
        height = 15 * max(len(description), 1)
        middle = y + height / 2
        page += [(72, middle, 10, name), (300, middle, 10, where), (380, middle, 10, kind)]
        page += [(180, middle - 7.5 * (len(description) - 1) + 15 * k, 10, t) for k, t in enumerate(description)]
        y += height
    return page


def test_a_table_without_header_and_with_vertically_centred_rows_keeps_each_wrapped_cell_with_its_row() -> None:
    page: list[Run] = [(72, 60, 10, "The parameters follow.")]
    page += centred_rows(
        80,
        [
            ("start_latitude", ["Latitude component of", "start location."], "query", "number"),
            ("limit", ["Number of items to", "return."], "query", "number"),
        ],
    )
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows[1:] == (
        ("start_latitude", "Latitude component of start location.", "query", "number"),
        ("limit", "Number of items to return.", "query", "number"),
    )


def test_a_wrapped_line_as_far_from_two_centred_rows_goes_to_the_row_whose_cell_reaches_it() -> None:
    rows = [
        ("start_longitude", ["Longitude component of", "start location."], "query", "number"),
        (
            "customer_uuid",
            ["Unique customer", "identifier to be used for", "experience", "customization."],
            "query",
            "",
        ),
        ("product_id", ["Unique identifier."], "query", "string"),
    ]
    (table,) = blocks(reduce_pdf(make_pdf([centred_rows(80, rows)]), "api.pdf"), "table")
    assert [row[:2] for row in table.rows[1:]] == [
        ("start_longitude", "Longitude component of start location."),
        ("customer_uuid", "Unique customer identifier to be used for experience customization."),
        ("product_id", "Unique identifier."),
    ]


def test_a_headerless_parameter_table_gets_its_columns_named_from_what_they_hold() -> None:
    """bootprint prints parameter tables under a header of empty cells (CSS fills them in): a first column of
    names beside a location and a type column still reads as name / description / in / type."""
    rows = [("page", ["Paged data token."], "query", "string"), ("id", ["The record."], "path", "integer (int64)")]
    (table,) = blocks(reduce_pdf(make_pdf([centred_rows(80, rows)]), "api.pdf"), "table")
    assert table.header
    assert table.rows == (
        ("name", "description", "in", "type"),
        ("page", "Paged data token.", "query", "string"),
        ("id", "The record.", "path", "integer (int64)"),
    )
    names_only = [(72, 80, 10, "alpha"), (180, 80, 10, "the first one"), (72, 92, 10, "beta"), (180, 92, 10, "next")]
    (plain,) = blocks(reduce_pdf(make_pdf([names_only]), "api.pdf"), "table")
    assert not plain.header
    assert plain.rows == (("alpha", "the first one"), ("beta", "next"))


def test_a_cell_whose_text_runs_up_to_the_next_column_is_split_at_the_column() -> None:
    # "feedback, VMware does" is 96.5 points wide: it ends where "query" starts, yet they are two cells
    header = [(72, 60, 9, "Name"), (180, 60, 9, "Description"), (277, 60, 9, "In")]
    row = [(72, 74, 9, "start"), (180, 74, 9, "feedback, VMware does"), (277, 74, 9, "query")]
    row2 = [(72, 86, 9, "end"), (180, 86, 9, "The end."), (277, 86, 9, "query")]
    (table,) = blocks(reduce_pdf(make_pdf([header + row + row2]), "api.pdf"), "table")
    assert table.rows[1] == ("start", "feedback, VMware does", "query")


def test_a_request_line_shown_in_touching_pieces_stays_in_its_cell() -> None:
    # reportlab (xhtml2pdf) shows `?action`, `=` and `add` by three operators, each where the last one stopped
    pieces = ["POST /api/hvc/links?action", "=", "remove"]
    row: list[Run] = []
    x = 72.0
    for piece in pieces:
        row.append((x, 86, 10, piece))
        x += width(piece, 10)
    page = [
        *[(72, 72, 10, "Operation"), (250, 72, 10, "Description")],
        *row,
        (250, 86, 10, "Remove the link."),
        *[(72, 100, 10, "GET /api/hvc/links"), (250, 100, 10, "List the links.")],
    ]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows == (
        ("Operation", "Description"),
        ("POST /api/hvc/links?action=remove", "Remove the link."),
        ("GET /api/hvc/links", "List the links."),
    )


def test_bullets_and_numbered_contents_lines_are_not_taken_for_a_table() -> None:
    page = [
        *[(72, 72, 10, "•"), (90, 72, 10, "INTEGER;")],
        *[(72, 84, 10, "•"), (90, 84, 10, "BOOLEAN;")],
        *[(72, 96, 10, "1"), (90, 96, 10, "Introduction"), (400, 96, 10, "1")],
        *[(72, 108, 10, "2"), (90, 108, 10, "Structures"), (400, 108, 10, "2")],
    ]
    assert blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table") == []


def test_excel_table_keeps_every_row_with_empty_path_cells_for_repeated_paths() -> None:
    path = shared_spec("docs/pdf/pbconf-rest-api-table.pdf")
    (table,) = blocks(reduce_pdf(path.read_bytes(), path.name), "table")
    assert table.rows[0] == ("PATH", "HTTP VERB", "PATH PARAM", "BODY", "FUNCTIONALITY")
    assert len(table.rows) == 43
    assert table.rows[5] == ("", "GET", "N/A", "N/A", "return Device list (Name, Id, Parent Node Id)")
    assert table.rows[-1][:2] == ("/reports/report/{reportid}", "GET")


def test_request_lines_under_a_header_row_are_the_rows_of_an_endpoint_table() -> None:
    page = [
        *[(111, 72, 10, "Operation", "bold"), (376, 72, 10, "Description", "bold")],
        *[(72, 87, 10, "GET /estimates/price"), (269, 87, 10, "Price Estimates")],
        *[(72, 102, 10, "GET /estimates/time"), (269, 102, 10, "Time Estimates")],
        (72, 140, 11, "GET /estimates/price", "bold"),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    (table,) = blocks(doc, "table")
    assert table.rows == (
        ("Operation", "Description"),
        ("GET /estimates/price", "Price Estimates"),
        ("GET /estimates/time", "Time Estimates"),
    )
    assert [b.text for b in blocks(doc, "code")] == ["GET /estimates/price"]


def test_a_schemas_property_list_becomes_a_name_type_description_table() -> None:
    """bootprint's "Schema definitions": the schema's name and type as a bold heading, then per property a
    `name: type` line and its description below."""
    page = [
        (72, 60, 12, "Schema definitions", "bold"),
        (72, 90, 11, "Activities: object", "bold"),
        (72, 115, 10, "offset: integer (int32)"),
        (72, 140, 10, "Position in pagination."),
        (72, 155, 10, "history: object[]"),
        (72, 180, 10, "The activities, newest first; see"),
        (72, 195, 10, "Activity"),
        (72, 225, 11, "Activity: object", "bold"),
        (72, 250, 10, "uuid: string"),
        (72, 275, 10, "Unique identifier for the activity"),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [s.title for s in doc.sections] == ["Schema definitions", "Activities: object", "Activity: object"]
    assert [b.rows for b in blocks(doc, "table")] == [
        (
            ("name", "type", "description"),
            ("offset", "integer (int32)", "Position in pagination."),
            ("history", "object[]", "The activities, newest first; see Activity"),
        ),
        (("name", "type", "description"), ("uuid", "string", "Unique identifier for the activity")),
    ]


def test_a_lone_name_and_type_line_in_running_text_stays_text() -> None:
    page = [(72, 60, 10, "Some intro text that runs along."), (72, 85, 10, "count: integer"), (72, 110, 10, "Done.")]
    assert blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table") == []


def test_printed_bootprint_gives_each_operation_its_parameter_table(docs_corpus: dict[str, Path]) -> None:
    doc = reduce_pdf(docs_corpus["uber-2.0.bootprint.pdf"].read_bytes(), "uber.pdf")
    tables = {s.title: [b.rows for b in s.blocks if b.kind == "table"] for s in doc.sections}
    assert tables["GET /estimates/time"] == [
        (
            ("name", "description", "in", "type"),
            ("start_latitude", "Latitude component of start location.", "query", "number (double)"),
            ("start_longitude", "Longitude component of start location.", "query", "number (double)"),
            (
                "customer_uuid",
                "Unique customer identifier to be used for experience customization.",
                "query",
                "string (uuid)",
            ),
            (
                "product_id",
                "Unique identifier representing a specific product for a given latitude & longitude.",
                "query",
                "string",
            ),
        )
    ]
    assert tables["Activity: object"] == [
        (("name", "type", "description"), ("uuid", "string", "Unique identifier for the activity"))
    ]


def test_narrow_columns_printed_as_one_cell_are_split_where_the_header_names_each() -> None:
    # a print where four narrow columns sit one space apart: one cell each for header and rows
    page = [
        (72, 72, 9, "Name In Type Required"),
        (300, 72, 9, "Description"),
        (72, 86, 9, "body body Pet true"),
        (300, 86, 9, "The pet to add"),
        (72, 100, 9, "dryRun query boolean false"),
        (300, 100, 9, "Validate only"),
    ]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows == (
        ("Name", "In", "Type", "Required", "Description"),
        ("body", "body", "Pet", "true", "The pet to add"),
        ("dryRun", "query", "boolean", "false", "Validate only"),
    )


def test_glued_columns_split_with_columns_that_play_no_role_and_rows_of_a_table_printed_below() -> None:
    """Shins' schema tables: `Required Restrictions` printed as one cell, and the "Enumerated Values" table
    right under the properties read as more rows, empty in that cell."""
    rows = (
        ("Name", "Type", "Required Restrictions", "Description"),
        ("name", "string", "true none", "none"),
        ("status", "string", "false none", "pet status in the store"),
        ("Enumerated", "Values", "", ""),
    )
    assert split_glued_columns(rows) == (
        ("Name", "Type", "Required", "Restrictions", "Description"),
        ("name", "string", "true", "none", "none"),
        ("status", "string", "false", "none", "pet status in the store"),
        ("Enumerated", "Values", "", "", ""),
    )


def test_a_header_cell_of_ordinary_words_is_not_split() -> None:
    page = [
        (72, 72, 9, "Name"),
        (200, 72, 9, "What it does"),
        (72, 86, 9, "limit"),
        (200, 86, 9, "caps the list"),
        (72, 100, 9, "offset"),
        (200, 100, 9, "skips so many"),
    ]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows[0] == ("Name", "What it does")


def test_rows_padded_far_apart_stay_one_table_named_from_their_types() -> None:
    """Redoc printed: a schema's properties as name / type rows set three lines apart, a description under the
    type of some; the rows are one table whatever the gap, and the column holding types is named so."""
    rows = [("id", "integer"), ("username", "string"), ("firstName", "string"), ("userStatus", "integer")]
    page: list[Run] = [(58, 40, 10, "REQUEST BODY SCHEMA: application/json")]
    for k, (name, kind) in enumerate(rows):
        page += [(74, 70 + 32 * k, 10, name), (182, 70 + 32 * k, 10, kind)]
    page += [(182, 70 + 32 * 3 + 18, 10, "User Status")]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.rows == (
        ("name", "type"),
        ("id", "integer"),
        ("username", "string"),
        ("firstName", "string"),
        ("userStatus", "integer User Status"),
    )


def test_a_line_far_below_another_is_not_its_continuation_because_it_starts_in_lowercase() -> None:
    page = [(72, 60, 10, "Created user object"), (72, 100, 10, "username is unique across the store.")]
    assert texts(reduce_pdf(make_pdf([page]), "api.pdf")) == [
        "Created user object",
        "username is unique across the store.",
    ]


def test_a_header_row_wrapped_over_several_lines_is_the_tables_header() -> None:
    """A narrow column's title wraps (`Located` over `in`) and the other titles are centred beside it, so the
    header spans three lines, none of them a header alone: the row assembled from them is, when its cells are
    the titles of a parameter table."""
    page = [
        (150, 72, 9, "Located"),
        *[(72, 79, 9, "Name"), (210, 79, 9, "Description"), (420, 79, 9, "Required"), (490, 79, 9, "Type")],
        (150, 86, 9, "in"),
        *[(72, 100, 9, "owner"), (150, 100, 9, "path"), (210, 100, 9, "Who owns it."), (420, 100, 9, "Yes")],
        (490, 100, 9, "string"),
        *[(72, 116, 9, "page"), (150, 116, 9, "query"), (210, 116, 9, "Which page."), (420, 116, 9, "No")],
        (490, 116, 9, "integer"),
    ]
    (table,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "table")
    assert table.header
    assert table.rows == (
        ("Name", "Located in", "Description", "Required", "Type"),
        ("owner", "path", "Who owns it.", "Yes", "string"),
        ("page", "query", "Which page.", "No", "integer"),
    )


def test_a_line_running_from_the_first_column_across_the_second_ends_the_table() -> None:
    """A heading set right under the last row (`Response 200 OK`) starts where the first column does but runs
    across the next column's start, which no cell of the table does: it is not part of the last row."""
    page = [
        *[(72, 72, 9, "Name"), (140, 72, 9, "In"), (190, 72, 9, "Type")],
        *[(72, 86, 9, "status"), (140, 86, 9, "query"), (190, 86, 9, "string")],
        (72, 97, 9, "Response 200 OK"),
        (72, 130, 9, "The pets with that status."),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    (table,) = blocks(doc, "table")
    assert table.rows == (("Name", "In", "Type"), ("status", "query", "string"))
    assert "Response 200 OK" in texts(doc)


def _field_list_page(bullet: str) -> list[Run]:
    """A Sphinx field list as a browser prints it: labels in a left column, each field's items beside it."""
    return [
        (72, 60, 11, "GET /estimates/price", "mono"),
        (90, 80, 10, "Returns the price range of every product offered between two places."),
        (96, 100, 10, "Query Parameters:"),
        (270, 100, 10, f"{bullet}start_latitude (number) - Latitude of the start, in degrees"),
        (282 if bullet else 270, 112, 10, "north of the equator."),
        (270, 124, 10, f"{bullet}end_latitude (number) - Latitude of the end."),
        (96, 136, 10, "Status Codes:"),
        (270, 136, 10, f"{bullet}200 OK - A price estimate for each product"),
        (270, 148, 10, f"{bullet}default - Unexpected error"),
        (96, 160, 10, "Request JSON Ob-"),
        (270, 160, 10, f"{bullet}[] (any)"),
        (96, 172, 10, "ject:"),
    ]


def test_a_field_list_printed_in_two_columns_reads_as_each_label_and_its_list_of_items() -> None:
    for bullet in ("\u2022 ", ""):  # bullets, or one item a line (a wrapped item goes on from the line above)
        doc = reduce_pdf(make_pdf([_field_list_page(bullet)]), "api.pdf")
        assert texts(doc)[1:] == ["Query Parameters:", "Status Codes:", "Request JSON Object:"], bullet
        assert [b.items for b in blocks(doc, "list")] == [
            (
                ("", "start_latitude (number) - Latitude of the start, in degrees north of the equator."),
                ("", "end_latitude (number) - Latitude of the end."),
            ),
            (("", "200 OK - A price estimate for each product"), ("", "default - Unexpected error")),
            (("", "[] (any)"),),
        ], bullet


def test_the_query_parameters_of_a_field_list_printed_in_two_columns_are_extracted(tmp_path: Path) -> None:
    doc = tmp_path / "api.pdf"
    doc.write_bytes(make_pdf([_field_list_page("\u2022 ")]))
    (operation,) = extract_openapi(doc, Diagnostics())["paths"]["/estimates/price"].values()
    assert params_of(operation) == {("start_latitude", "query"): False, ("end_latitude", "query"): False}


def test_a_label_and_a_single_value_beside_it_stay_one_line() -> None:
    page = [(96, 100, 10, "REQUEST BODY SCHEMA:"), (270, 100, 10, "application/json")]
    assert texts(reduce_pdf(make_pdf([page]), "api.pdf")) == ["REQUEST BODY SCHEMA: application/json"]


def test_a_hyphen_an_engine_set_at_a_line_break_is_repaired() -> None:
    emitter = _Emitter(Document(file="api.pdf"), [])
    assert emitter.join(["Latitude of the start loca\u2010", "tion."]) == "Latitude of the start location."


def test_a_header_whose_titles_touch_is_split_where_the_rows_cells_start() -> None:
    """Narrow columns set titles so close they read as one cell (`Parameter In`, as MkDocs pages print); the rows
    under them start a cell at each title, and a line after the last row that is no one-word name ends the table."""
    x = (66.0, 126.2, 157.7, 188.6, 230.7, 278.9)
    titles = ("Parameter", "In", "Type", "Default", "Nullable", "Description")
    row = ("password", "query", "string", "", "No", "The password for login in clear text")
    row2 = ("username", "query", "string", "", "No", "The user name for login")
    page = [
        *[(x[k], 72, 12, t, "bold") for k, t in enumerate(titles)],
        *[(x[k], 92, 12, t) for k, t in enumerate(row) if t],
        *[(x[k], 111, 12, t) for k, t in enumerate(row2) if t],
        (65.2, 128, 12, "See also"),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    (table,) = blocks(doc, "table")
    assert table.rows == (titles, row, row2)
    assert texts(doc) == ["See also"]
