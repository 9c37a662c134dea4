"""A raw HTML table in a Markdown README, in the sixty-seventh registry batch (benchmarks/docs/registry_truth): a
`<table>` of URL and Description columns whose URL cells are `<code>GET&nbsp;/</code>`, under "The above snippet
adds the following endpoints". It renders as the same grid a pipe table makes, so its rows are read as one
(`html_tables.py`); a table holding another table (a layout grid) is left alone."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.html_tables import html_tables
from tests.operations import extracted_operations

DOC = """\
# coverage-middleware

## Server-side coverage

The snippet adds the following endpoints to your app:

<table>
<thead>
    <tr>
        <th>URL</th>
        <th>Description</th>
    </tr>
</thead>
<tbody>
    <tr>
        <td><code>GET&nbsp;/</code></td>
        <td>
            Live coverage report.
        </td>
    </tr>
    <tr>
        <td><code>POST&nbsp;/reset</code></td>
        <td>Reset coverage to baseline numbers</td>
    </tr>
    <tr>
        <td><code>GET&nbsp;/download</code></td>
        <td>Download a zip file of reports</td>
    </tr>
</tbody>
</table>
"""

LAYOUT = """\
<table><tr><td>
<table><tr><td><code>GET&nbsp;/a</code></td><td>x</td></tr></table>
</td><td>side</td></tr></table>
"""


def test_the_rows_of_a_raw_html_table_are_read(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, DOC)) == {("GET", "/"), ("POST", "/reset"), ("GET", "/download")}


def test_cells_are_plain_text_with_code_spans_and_spaces() -> None:
    ((_, rows, header),) = html_tables(DOC)
    assert header
    assert rows[0] == ("URL", "Description")
    assert rows[2] == ("`POST /reset`", "Reset coverage to baseline numbers")


def test_a_layout_table_holding_a_table_is_left_alone() -> None:
    assert html_tables(LAYOUT) == []
    assert html_tables("<table><tr><td>one column</td></tr></table>") == []
