"""A route table's Parameters cell that defines its names, in the seventy-eighth registry batch
(benchmarks/docs/registry_truth): each name set off in italics (or bold, or code), an optional note in brackets,
then a colon and what it is, its explanation broken over lines with `<br>` (`*size* (optional):<br>If provided
returns the image`). Each defined name is an input of the row's request; a cell that opens with a sentence, or
with a name not set off, defines nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Music API

## API

| Method | Path               | Description       | Parameters                                  | Response Type |
|--------|--------------------|-------------------|---------------------------------------------|---------------|
| GET    | /tracks            | List the tracks   | {tracks}                                    | text/json     |
| GET    | /track/{{id}}/file | Download its file | -                                           | audio/mpeg    |
| GET    | /track/{{id}}/art  | Download its art  | *size* (optional):<br>The edge<br>in pixels | image/jpeg    |
"""


def test_names_defined_in_emphasis_before_a_colon_are_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(tracks="*query*:<br>A search<br>**limit** (required): at most"))
    assert params_of(ops[("GET", "/tracks")]) == {("query", "query"): False, ("limit", "query"): True}
    assert params_of(ops[("GET", "/track/{id}/art")]) == {("id", "path"): True, ("size", "query"): False}
    assert params_of(ops[("GET", "/track/{id}/file")]) == {("id", "path"): True}


def test_a_cell_opening_with_a_sentence_or_a_bare_name_defines_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(tracks="Note: the *query* is:<br>a beets query"))
    assert params_of(ops[("GET", "/tracks")]) == {}
    ops = extracted_operations(tmp_path, DOC.format(tracks="query:<br>A search"))
    assert params_of(ops[("GET", "/tracks")]) == {}
