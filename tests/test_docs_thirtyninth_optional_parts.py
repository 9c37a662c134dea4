"""Optional parts of a path in square brackets, in a list of coded paths stating routes without a method, in the
thirty-ninth registry batch (benchmarks/docs/registry_truth): `` `/tiles/{z}/{x}/{y}[@{scale}x.{format}]?url={...}` ``,
`` `[/TileMatrixSetId]/tilejson.json?url={...}` `` and `` `[/{TileMatrixSetId}]/map?url={...}` ``. A bracketed run
opening with a separator is a part the caller may leave out: the route is its full form, brackets dropped, and a
bare name alone in such a part is a placeholder where the same list braces that name elsewhere. Where no line
braces it, the bracketed segment is a literal word of the path; brackets around a whole segment
(`/notes/[note_id]`, a value) keep their own reading."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Image tiles

## Endpoints

- `/info?url={...}`: image metadata

- `/tiles/{z}/{x}/{y}[@{scale}x.{format}]?url={...}`: one tile

- `[/Grid]/tilejson.json?url={...}`: TileJSON document

- `[/{Grid}]/preview?url={...}`: a viewer
"""

LITERAL = """\
# Notes

## Endpoints

- `/notes[/archived]`: the notes, archived ones too

- `/notes/{note_id}`: one note

- `/tags`: the tags
"""


def test_the_full_form_of_a_path_with_bracketed_optional_parts_is_the_route(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    tiles = ops[("GET", "/tiles/{z}/{x}/{y}@{scale}x.{format}")]
    assert params_of(tiles) == {
        **{(name, "path"): True for name in ("z", "x", "y", "scale", "format")},
        ("url", "query"): False,
    }
    assert params_of(ops[("GET", "/{Grid}/tilejson.json")]) == {("Grid", "path"): True, ("url", "query"): False}
    assert params_of(ops[("GET", "/{Grid}/preview")]) == {("Grid", "path"): True, ("url", "query"): False}
    assert ("GET", "/info") in ops


def test_a_bare_optional_word_no_line_braces_stays_a_word_of_the_path(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, LITERAL)
    assert set(ops) == {("GET", "/notes/archived"), ("GET", "/notes/{note_id}"), ("GET", "/tags")}
    assert params_of(ops[("GET", "/notes/archived")]) == {}
