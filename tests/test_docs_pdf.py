"""The PDF reducer: PDFium's positioned text turned into sections and blocks.

The small PDFs here are written by hand (standard Helvetica, Helvetica-Bold and Courier, one `Tj` per text run),
so the tests need no PDF writing library; the real ones come from ../shared/specs/docs/pdf, the printed renderer
outputs from the docs corpus (rendered on first use by the `docs_corpus` fixture). Tables: test_docs_pdf_tables.py.
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest
from conftest import shared_spec
from pdfs import Run, blocks, glyph_by_glyph, lines, make_pdf, texts
from pypdf import PdfReader, PdfWriter

from mcpgen.diagnostics import InputError
from mcpgen.ingest.docs import pdf_layout
from mcpgen.ingest.docs.pdf import reduce_pdf


def test_letter_spaced_method_and_path_line_becomes_a_code_block() -> None:
    pdf = make_pdf([[(72, 72, 12, "P   O   S   T       /   p   a   y   m   e   n   t"), (72, 100, 10, "Create one.")]])
    doc = reduce_pdf(pdf, "api.pdf")
    assert [b.text for b in blocks(doc, "code")] == ["POST /payment"]
    assert texts(doc) == ["Create one."]


def test_text_shown_glyph_by_glyph_reads_as_words() -> None:
    page = [*glyph_by_glyph(72, 72, 10, "GET /things"), *glyph_by_glyph(72, 90, 10, "Returns every thing, in pages.")]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [(b.kind, b.text) for b in blocks(doc)] == [
        ("code", "GET /things"),
        ("text", "Returns every thing, in pages."),
    ]


def test_method_path_followed_by_a_summary_cell_splits_into_code_and_text() -> None:
    doc = reduce_pdf(make_pdf([[(72, 72, 10, "GET /users/{id}"), (300, 72, 10, "Fetch a user")]]), "api.pdf")
    assert [(b.kind, b.text) for b in blocks(doc)] == [("code", "GET /users/{id}"), ("text", "Fetch a user")]


def test_headings_come_from_larger_type_and_short_stand_alone_lines() -> None:
    page = [
        (72, 60, 24, "Payments API"),
        *lines(72, 100, ["This API moves money between accounts and keeps", "a record of every transfer."]),
        (72, 150, 16, "Endpoints"),
        (72, 180, 10, "Parameters"),
        (72, 200, 10, "Each endpoint takes the parameters listed below."),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert doc.title == "Payments API"
    assert [(s.title, s.level) for s in doc.sections] == [("Payments API", 1), ("Endpoints", 2), ("Parameters", 3)]
    assert doc.sections[-1].path == ("Payments API", "Endpoints", "Parameters")
    assert doc.sections[0].blocks[0].text == (
        "This API moves money between accounts and keeps a record of every transfer."
    )


def test_every_block_knows_its_page_and_line() -> None:
    pages = [
        [(72, 60, 18, "Overview"), (72, 90, 10, "First page text.")],
        [(72, 60, 10, "Second page text."), (72, 90, 10, "GET /things")],
    ]
    doc = reduce_pdf(make_pdf(pages), "guide.pdf")
    where = [(b.where.page, b.where.line, b.where.file, b.where.section) for b in blocks(doc)]
    assert where == [(1, 2, "guide.pdf", "Overview"), (2, 1, "guide.pdf", "Overview"), (2, 2, "guide.pdf", "Overview")]
    assert doc.sections[0].where.page == 1
    assert doc.sections[0].where.line == 1


def test_running_headers_footers_and_page_numbers_are_dropped() -> None:
    pages = []
    for n, word in enumerate(["Alpha", "Beta", "Gamma"], 1):
        pages.append(
            [
                (72, 40, 8, "ACME Payments API Reference"),
                (500, 40, 8, f"Version 2.{n}"),
                (72, 100, 10, f"{word} is described on this page."),
                (290, 760, 8, f"Page {n} of 3"),
            ]
        )
    pages[1].append((72, 112, 10, "42"))  # a lone number in the body is kept
    doc = reduce_pdf(make_pdf(pages), "api.pdf")
    assert texts(doc) == [
        "Alpha is described on this page.",
        "Beta is described on this page. 42",
        "Gamma is described on this page.",
    ]


def test_a_fixed_header_printed_over_the_pages_text_is_dropped_wherever_the_text_runs() -> None:
    """A browser prints a page's fixed navigation bar at one place on every sheet, over whatever text runs
    there (the third line of one page, the first of another): it is dropped, and the text under it stays."""
    pages = [
        [(72, 60, 15, "API reference"), (72, 100, 10, "Alpha is described on this page.")],
        [(90, 45, 9, '"name": {', "mono"), (110, 58, 9, '"type": "string"', "mono"), (72, 60, 15, "API reference")],
        [(72, 47, 10, "Gamma goes on from the page before."), (72, 60, 15, "API reference"), (72, 90, 10, "End.")],
        [(72, 60, 15, "API reference"), (72, 100, 10, "Delta is described on this page.")],
    ]
    doc = reduce_pdf(make_pdf(pages), "api.pdf")
    assert "API reference" not in " ".join([*texts(doc), *(s.title for s in doc.sections)])
    assert '"type": "string"' in " ".join(b.text for b in blocks(doc, "code"))
    assert "Gamma goes on from the page before." in texts(doc)


def test_bare_and_slashed_page_numbers_are_dropped() -> None:
    pages = [[(72, 72, 10, f"Text {n}."), (300, 770, 9, str(n) if n == 1 else f"{n}/2")] for n in (1, 2)]
    assert texts(reduce_pdf(make_pdf(pages), "api.pdf")) == ["Text 1.", "Text 2."]


def test_line_end_hyphenation_is_repaired_but_real_hyphens_and_code_are_kept() -> None:
    body = [
        "Every request needs authenti-",
        "cation with a token sent in X-",
        "Request-Id and a key-",
        "value pair; see /v1/user-",
        "settings for key-value rules.",
    ]
    doc = reduce_pdf(make_pdf([lines(72, 72, body)]), "api.pdf")
    assert texts(doc) == [
        "Every request needs authentication with a token sent in X-Request-Id and a key-value pair; "
        "see /v1/user-settings for key-value rules."
    ]


def test_two_column_pages_read_the_left_column_then_the_right() -> None:
    left = [f"Left column sentence number {i} goes here," for i in range(1, 9)]
    right = [f"right column sentence number {i} goes on." for i in range(1, 9)]
    page = [(72, 50, 18, "Two Column Guide"), *lines(72, 90, left), *lines(330, 90, right)]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    (text,) = texts(doc)
    assert text.startswith("Left column sentence number 1 goes here, Left column sentence number 2")
    assert text.index("number 8 goes here,") < text.index("right column sentence number 1")
    assert text.endswith("right column sentence number 8 goes on.")


def test_a_wide_table_is_not_mistaken_for_two_columns() -> None:
    header = [(72, 72, 9, "Name"), (200, 72, 9, "Type"), (330, 72, 9, "Description")]
    rows = [
        cell
        for i in range(10)
        for cell in ((72, 84 + 12 * i, 9, f"field{i}"), (200, 84 + 12 * i, 9, "string"), (330, 84 + 12 * i, 9, "x"))
    ]
    (table,) = blocks(reduce_pdf(make_pdf([header + rows]), "api.pdf"), "table")
    assert table.rows[0] == ("Name", "Type", "Description")
    assert len(table.rows) == 11


def test_schema_like_lines_become_one_code_block() -> None:
    page = [
        (72, 60, 16, "Models"),
        (72, 90, 10, "Payment {"),
        *[(84, 102, 10, "id:"), (200, 102, 10, "string")],
        *[(84, 114, 10, "amount:"), (200, 114, 10, "integer")],
        (72, 126, 10, "}"),
    ]
    (code,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "code")
    assert code.text.splitlines() == ["Payment {", "  id: string", "  amount: integer", "}"]


def test_bullet_lines_become_a_list() -> None:
    page = [
        (72, 72, 10, "Limits apply:"),
        (72, 90, 10, "- at most 100 requests a minute,"),
        (72, 102, 10, "- at most 10 MB a body, larger"),
        (81, 114, 10, "uploads are refused."),
    ]
    (items,) = blocks(reduce_pdf(make_pdf([page]), "api.pdf"), "list")
    assert items.items == (
        ("", "at most 100 requests a minute,"),
        ("", "at most 10 MB a body, larger uploads are refused."),
    )


def test_an_encrypted_pdf_is_refused_naming_the_file() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[(72, 72, 10, "Secret")]]))))
    writer.encrypt("password", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(InputError, match=r"locked\.pdf.*encrypted"):
        reduce_pdf(buffer.getvalue(), "locked.pdf")


def test_a_pdf_encrypted_only_against_editing_is_read() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([[(72, 72, 10, "Open text.")]]))))
    writer.encrypt("", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert texts(reduce_pdf(buffer.getvalue(), "open.pdf")) == ["Open text."]


def test_bytes_that_are_not_a_pdf_are_refused_naming_the_file() -> None:
    with pytest.raises(InputError, match=r"notes\.pdf.*not a readable PDF"):
        reduce_pdf(b"this is not a PDF", "notes.pdf")


def test_a_truncated_pdf_is_refused_naming_the_file() -> None:
    data = shared_spec("docs/pdf/f3api-payment-api.pdf").read_bytes()
    with pytest.raises(InputError, match=r"cut\.pdf.*not a readable PDF"):
        reduce_pdf(data[: len(data) // 2], "cut.pdf")


def test_a_pdf_without_text_is_refused_as_needing_ocr() -> None:
    with pytest.raises(InputError, match=r"scan\.pdf.*no extractable text"):
        reduce_pdf(make_pdf([[], []]), "scan.pdf")


def test_pypdf_warnings_are_not_printed_or_logged(caplog: pytest.LogCaptureFixture) -> None:
    data = shared_spec("docs/pdf/pbconf-rest-api-table.pdf").read_bytes()  # has a wrong-pointing object
    with caplog.at_level(logging.DEBUG):
        reduce_pdf(data, "pbconf.pdf")
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logging.getLogger("pypdf").level == logging.NOTSET


def test_when_the_positioned_characters_cannot_be_read_the_plain_page_text_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(page: object, textpage: object) -> None:
        raise RuntimeError("PDFium could not read the characters' boxes")

    monkeypatch.setattr(pdf_layout, "positioned_runs", failing)
    page = [(72, 60, 18, "Overview"), *lines(72, 90, ["Every request needs a token.", "GET /things"])]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [s.title for s in doc.sections] == ["Overview"]
    assert [b.text for b in blocks(doc)] == ["Every request needs a token.", "GET /things"]


def test_every_line_of_a_ten_page_pdf_is_kept() -> None:
    """Time is measured by benchmarks/docs/bench_pdf.py (100 pages), not asserted here."""
    topics = [
        "orders",
        "refunds",
        "invoices",
        "customers",
        "payouts",
        "disputes",
        "coupons",
        "prices",
        "products",
        "taxes",
    ]
    pages = [
        [(72, 60, 16, topic.title()), *lines(72, 90, [f"Line {i} about {topic}, running prose." for i in range(50)])]
        for topic in topics
    ]  # each page its own words: lines repeated on every page (digits aside) are running headers and footers
    doc = reduce_pdf(make_pdf(pages), "long.pdf")
    text = " ".join(b.text for b in blocks(doc) if b.text)
    assert all(f"Line {i} about {topic}," in text for topic in topics for i in range(50))


def test_swagger_ui_print_gives_every_operation_and_its_parameter_table() -> None:
    path = shared_spec("docs/pdf/f3api-payment-api.pdf")
    truth = json.loads(path.with_name("f3api-payment-api.groundtruth.swagger.json").read_text())
    found = blocks(reduce_pdf(path.read_bytes(), path.name))
    for route, item in truth["paths"].items():
        for method, operation in item.items():
            start = next(i for i, b in enumerate(found) if b.kind == "code" and b.text == f"{method.upper()} {route}")
            end = next((i for i, b in enumerate(found) if i > start and b.kind == "code" and " /" in b.text), None)
            tables = [b for b in found[start:end] if b.kind == "table"]
            params = next(
                (t for t in tables if t.rows[0][:4] == ("Name", "Located in", "Description", "Required")), None
            )
            expected = [
                (p["name"], p["in"], p["description"], "Yes" if p["required"] else "No")
                for p in operation.get("parameters", [])
            ]
            assert ([r[:4] for r in params.rows[1:]] if params else []) == expected
            responses = next(t for t in tables if t.rows[0][:2] == ("Code", "Description"))
            assert {r[0]: r[1] for r in responses.rows[1:]} == {
                code: response["description"] for code, response in operation["responses"].items()
            }


def test_swagger_ui_schema_boxes_stay_with_their_table_row() -> None:
    path = shared_spec("docs/pdf/f3api-payment-api.pdf")
    tables = blocks(reduce_pdf(path.read_bytes(), path.name), "table")
    put_params = next(t for t in tables if [r[0] for r in t.rows] == ["Name", "paymentId", "body"])
    assert put_params.rows[1][4] == "string"
    assert put_params.rows[2][4].startswith("Payment { id: string organisation_id: string")


def test_lines_in_a_fixed_pitch_font_are_code_blocks_split_where_a_gap_is_no_whole_number_of_lines() -> None:
    """Printed `<pre>` blocks keep their lines, indentation and blank lines; the space between two blocks is not
    a whole number of line pitches (12 points here: a blank line is 24, the next block starts 32 below)."""
    curl = ["# You can also use wget", "curl -X PUT https://api.example.com/v3/pet \\", "  -H 'Accept: json'"]
    http = ["PUT https://api.example.com/v3/pet HTTP/1.1", "Host: api.example.com"]
    page = [
        (72, 60, 10, "Code samples"),
        *lines(72, 80, curl, size=8, font="mono"),
        (72, 128, 8, "print(r.json())", "mono"),  # after a blank line
        *lines(72, 160, http, size=8, font="mono"),
        (72, 200, 10, "Update an existing pet."),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [b.text for b in blocks(doc, "code")] == ["\n".join([*curl, "", "print(r.json())"]), "\n".join(http)]
    assert texts(doc) == ["Code samples", "Update an existing pet."]


def test_a_code_block_goes_on_over_a_page_break_only_from_a_full_page() -> None:
    prose = (72, 60, 10, "Examples follow.")
    full = [prose, *lines(72, 700, ["{", '  "id": 10,'], size=8, font="mono"), (72, 724, 8, "  ,", "mono")]
    early = [*lines(72, 60, ['  "name": "x"', "}"], size=8, font="mono"), (72, 200, 8, "import requests", "mono")]
    last = [*lines(72, 60, ["r = requests.get(url)"], size=8, font="mono")]
    doc = reduce_pdf(make_pdf([full, early, last]), "api.pdf")
    assert [b.text for b in blocks(doc, "code")] == [
        '{\n  "id": 10,\n  ,\n  "name": "x"\n}',
        "import requests",
        "r = requests.get(url)",
    ]


def test_status_lines_and_labels_ending_in_a_colon_are_not_headings() -> None:
    page = [
        (72, 60, 18, "Petstore"),
        (72, 100, 10, "Base URLs:"),
        (72, 125, 10, "- https://api.example.com/v3"),
        (72, 160, 10, "200 Response"),
        (72, 190, 10, "2 Errors"),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [s.title for s in doc.sections] == ["Petstore", "2 Errors"]
    assert texts(doc) == ["Base URLs:", "200 Response"]


def test_in_a_document_with_bold_type_stand_alone_bold_lines_are_headings_and_plain_ones_are_not() -> None:
    page = [
        (72, 60, 16, "Museum API", "bold"),
        (72, 100, 10, "Parameters(Query)", "bold"),
        (72, 130, 10, "PriceEstimate"),
        (72, 160, 10, "Responses", "bold"),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [(s.title, s.level) for s in doc.sections] == [
        ("Museum API", 1),
        ("Parameters(Query)", 2),
        ("Responses", 2),
    ]
    assert texts(doc) == ["PriceEstimate"]


def test_a_request_line_in_heading_type_opens_a_section_of_its_own() -> None:
    page = [
        (72, 60, 16, "Paths", "bold"),
        (72, 90, 11, "Tag: Pets", "bold"),
        (72, 120, 10, "List Pets"),
        (72, 140, 11, "GET /pets", "bold"),
        (72, 165, 10, "Returns all pets."),
    ]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [(s.title, s.level) for s in doc.sections] == [("Paths", 1), ("Tag: Pets", 2), ("GET /pets", 2)]
    assert [(b.kind, b.text) for b in doc.sections[-1].blocks] == [
        ("code", "GET /pets"),
        ("text", "Returns all pets."),
    ]


def test_printed_widdershins_keeps_its_code_samples_and_base_url_statement(docs_corpus: dict[str, Path]) -> None:
    doc = reduce_pdf(docs_corpus["petstore-3.0.widdershins.pdf"].read_bytes(), "petstore.pdf")
    found = blocks(doc)
    assert "Base URLs:" in [b.text for b in found if b.kind == "text"]
    codes = [b.text for b in found if b.kind == "code"]
    assert codes[:2] == [
        "# You can also use wget\n"
        "curl -X PUT https://petstore3.swagger.io/api/v3/pet \\\n"
        "  -H 'Content-Type: application/json' \\\n"
        "  -H 'Accept: application/json' \\\n"
        "  -H 'Authorization: Bearer {access-token}'",
        "PUT https://petstore3.swagger.io/api/v3/pet HTTP/1.1\n"
        "Host: petstore3.swagger.io\n"
        "Content-Type: application/json\n"
        "Accept: application/json",
    ]
    assert "200 Response" in [b.text for b in found if b.kind == "text"]


def test_a_long_summary_set_in_title_type_is_one_heading_even_where_titles_outweigh_the_prose() -> None:
    """Redoc printed: each operation's summary is its heading, wrapped over lines and holding more than one
    sentence; its prose is set in two near sizes, which together (not each alone) outweigh the titles."""
    summaries = [
        [
            f"Creates a new hybrid link between the local and foreign PSC {n}.",
            "Usage beyond VMware Cloud on AWS is not supported. If you do",
            "not have all of the privileges described as follows, it fails.",
        ]
        for n in range(3)
    ]
    page: list[Run] = []
    for n, summary in enumerate(summaries):
        top = 40 + 240 * n
        page += [(58, top + 26 * k, 16.5, line) for k, line in enumerate(summary)]
        page += [(58, top + 90, 10.5, "The PSC hostname for the domain that is to be linked here.")]
        page += [(58, top + 105, 10.5, "The HTTPS port of the PSC to be linked, or 443 if unset.")]
        page += [(58, top + 130, 10, "201 The identifier of the newly linked domain is returned.")]
        page += [(58, top + 145, 10, "400 If the certificate of the foreign PSC cannot be trusted.")]
        page += [(58, top + 170, 10, f"POST /api/hvc/links/{n}")]
    doc = reduce_pdf(make_pdf([page]), "api.pdf")
    assert [s.title for s in doc.sections] == [" ".join(summary) for summary in summaries]


def test_a_ligature_glyph_does_not_break_its_word_or_its_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chromium shows each glyph as a text object; PDFium reads `ﬁ` as `f` and `i` sharing the glyph's ink box
    (shorter than the line box, narrower than the glyph's advance): `/pet/findByStatus` stays one run."""
    from types import SimpleNamespace

    from mcpgen.ingest.docs import pdf_pdfium

    monkeypatch.setattr(pdf_pdfium, "_same_font", lambda run, obj: True)
    run = pdf_pdfium._Open(obj=1, start=0, bottom=480.1, height=22.0)
    run.chars, run.edges, run.own = ["f", "i"], [(201.4, 205.8), (205.8, 210.2)], 2
    after = SimpleNamespace(left=212.5, right=224.4, bottom=480.1, top=502.1)  # `n`, 2.3 points on
    assert pdf_pdfium._continues(run, 2, after)
    run.chars = ["a", "b"]  # two characters of one object that are no ligature: cells of a table row
    assert not pdf_pdfium._continues(run, 2, after)
