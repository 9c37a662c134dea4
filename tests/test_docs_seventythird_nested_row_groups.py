"""A table whose body is written inside its head, in the seventy-third registry batch
(benchmarks/docs/registry_truth): `<thead><tr><th>Method</th>...</tr><tbody>...</tbody></thead>`, an unclosed
`thead`. A browser closes the head where the body opens and shows every row, so the rows of the nested group are
the table's rows; a table written the ordinary way reads as before."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

NESTED = """\
<html><body>
<h2>API</h2>
<table>
  <thead>
    <tr><th>Method</th><th>Route</th><th>Description</th></tr>
    <tbody>
      <tr><td>GET</td><td>/notes</td><td>List notes</td></tr>
      <tr><td>DELETE</td><td>/notes/{id}</td><td>Delete a note</td></tr>
    </tbody>
  </thead>
</table>
</body></html>
"""

ORDINARY = """\
<html><body>
<h2>API</h2>
<table>
  <thead><tr><th>Method</th><th>Route</th><th>Description</th></tr></thead>
  <tbody>
    <tr><td>GET</td><td>/notes</td><td>List notes</td></tr>
  </tbody>
</table>
</body></html>
"""


def test_rows_of_a_body_nested_in_the_head_are_read(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NESTED, "api.html")
    assert set(ops) == {("GET", "/notes"), ("DELETE", "/notes/{id}")}


def test_an_ordinary_table_reads_as_before(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ORDINARY, "api.html")
    assert set(ops) == {("GET", "/notes")}
