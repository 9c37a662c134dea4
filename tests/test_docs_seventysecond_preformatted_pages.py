"""An HTML page written as a plain-text file, in the seventy-second registry batch (benchmarks/docs/registry_truth):
the body is styled `white-space: pre` and holds only text and inline links, with underlined headings and indented
paths (`preformatted_pages.py`), read as plain text. Its templates name a placeholder in words
(`{package name}`: `described_query_values.SPACED_BRACE`), and the concrete path a sentence introduces "for
example" is that route called, not one of its own (`labelled_example_lines.py`). A page laid out in block elements
is read as HTML whatever its style."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
<!DOCTYPE html>
<html>
<head><title>pkgapi</title><style>
body {
    white-space: pre;
    font-family: monospace;
}
</style></head>
<body>
USAGE
=====

List all branches
-----------------

The list of all branches can be found at:

    /branches

    <a href="/branches">/branches</a>


Retrieve information about a package
------------------------------------

You can retrieve information about a package on a branch by querying:

    /{branch}/pkg/{package name}

So for example, for the kernel in rawhide:

    <a href="/rawhide/pkg/kernel">/rawhide/pkg/kernel</a>
</body>
</html>
"""

NOT_INTRODUCED = PAGE.replace("So for example, for the kernel in rawhide:", "The kernel package lives at:")
LAID_OUT = PAGE.replace("<body>\n", "<body>\n<div>\n").replace("</body>", "</div>\n</body>")


def test_a_preformatted_body_is_read_as_plain_text(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE, "index.html")
    # (OpenAPI writes the placeholder `{package name}` as `{package_name}`)
    assert set(ops) == {("GET", "/branches"), ("GET", "/{branch}/pkg/{package_name}")}
    assert set(params_of(ops[("GET", "/{branch}/pkg/{package_name}")])) == {
        ("branch", "path"),
        ("package_name", "path"),
    }


def test_a_path_no_sentence_introduces_as_an_example_stays_a_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_INTRODUCED, "index.html")
    assert ("GET", "/rawhide/pkg/kernel") in ops


def test_a_page_laid_out_in_block_elements_is_read_as_html(tmp_path: Path) -> None:
    from bs4 import BeautifulSoup

    from mcpgen.ingest.docs.preformatted_pages import preformatted_body

    assert preformatted_body(BeautifulSoup(PAGE, "html.parser")) is not None
    assert preformatted_body(BeautifulSoup(LAID_OUT, "html.parser")) is None
    assert preformatted_body(BeautifulSoup(PAGE.replace("white-space: pre", "color: red"), "html.parser")) is None
