"""A raw HTML table in a Markdown page as the table it renders:

    <table>
    <thead><tr><th>URL</th><th>Description</th></tr></thead>
    <tbody>
        <tr><td><code>GET&nbsp;/</code></td><td>Live report</td></tr>
        <tr><td><code>POST&nbsp;/reset</code></td><td>Reset the numbers</td></tr>
    </tbody>
    </table>

A README that wants cells spanning several lines, or a method and path kept on one line (`&nbsp;` between them),
writes its table in raw HTML instead of a pipe table; on the rendered page it is the same grid of rows and cells
a pipe table makes, and a reader takes a row of it the same way (a request line in its first cell, what it does
in the next). Only a flat table is read: rows of `<th>`/`<td>` cells, inline markup dropped (`<code>` kept as a
code span), entities decoded (a non-breaking space is a space), whitespace collapsed; its first row is a header
when it is in `<thead>` or all `<th>`. A table holding another table (a layout grid), or one with fewer than two
columns, is left alone."""

from __future__ import annotations

from .html_definition_lists import cell_text, html_fragment, offset_of
from .html_text import child_tags, table_rows


def html_tables(content: str) -> list[tuple[int, tuple[tuple[str, ...], ...], bool]]:
    """(offset in `content`, rows of cell texts, whether the first row is a header) of each flat raw HTML
    table of two or more columns in a fragment, in order."""
    found = []
    for table in html_fragment(content).find_all("table"):
        if table.find("table") or table.find_parent("table"):
            continue  # a layout grid holding tables: not one table of rows
        rows = table_rows(table)
        cells = [child_tags(row, ("th", "td")) for row in rows]
        if not rows:
            continue
        header = bool(cells[0]) and (rows[0].parent.name == "thead" or all(c.name == "th" for c in cells[0]))
        texts = tuple(tuple(cell_text(c) for c in row) for row in cells)
        if max(len(r) for r in texts) >= 2 and any(any(r) for r in texts[1 if header else 0 :]):
            found.append((offset_of(content, table), texts, header))
    return found
