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

import re

from .html_definition_lists import plain_html

_TABLE = re.compile(r"<table\b[^>]*>(?P<body>.*?)</table\s*>", re.I | re.S)
_ROW = re.compile(r"<tr\b[^>]*>(?P<row>.*?)</tr\s*>", re.I | re.S)
_CELL = re.compile(r"<(?P<tag>t[hd])\b[^>]*>(?P<cell>.*?)</t[hd]\s*>", re.I | re.S)


def html_tables(content: str) -> list[tuple[int, tuple[tuple[str, ...], ...], bool]]:
    """(offset in `content`, rows of cell texts, whether the first row is a header) of each flat raw HTML
    table of two or more columns in a fragment, in order."""
    found = []
    for match in _TABLE.finditer(content):
        body = match["body"]
        if re.search(r"<table\b", body, re.I):
            continue  # a layout grid holding tables: not one table of rows
        rows: list[tuple[str, ...]] = []
        header = False
        for number, row in enumerate(_ROW.finditer(body)):
            cells = list(_CELL.finditer(row["row"]))
            if number == 0:
                before = body[: row.start()]
                header = bool(cells) and (
                    bool(re.search(r"<thead\b", before, re.I)) or all(c["tag"].lower() == "th" for c in cells)
                )
            rows.append(tuple(plain_html(c["cell"]) for c in cells))
        if rows and max(len(r) for r in rows) >= 2 and any(any(r) for r in rows[1 if header else 0 :]):
            found.append((match.start(), tuple(rows), header))
    return found
