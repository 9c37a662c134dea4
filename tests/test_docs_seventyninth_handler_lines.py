"""A URL map in the seventy-ninth registry batch (benchmarks/docs/registry_truth): each path on a line of its own,
then indented lines giving a method and the callable that serves it (`GET app.handlers.recipe:get`), in the map's
own syntax (`[/]` the root, `[.{format}]` an optional suffix read in full, `{name:type}` a typed variable). A path
over lines that are no method-and-callable pointer states nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# The URL map of the application.
# Below each URL are its HTTP methods and the callables handling them.

[/]
    GET app.web.handler:root
# The root page.

/notes[.{{format}}]
    GET app.web.handler.note:list_notes
# The list of notes.

/notes/{{note_name:segment}}
    {line}
    DELETE app.web.handler.note:delete
# One note.
"""


def test_each_method_line_under_a_path_is_an_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(line="PUT app.web.handler.note:put"), "urls.txt")
    assert set(ops) == {
        ("GET", "/"),
        ("GET", "/notes.{format}"),
        ("PUT", "/notes/{note_name}"),
        ("DELETE", "/notes/{note_name}"),
    }
    assert params_of(ops[("PUT", "/notes/{note_name}")]) == {("note_name", "path"): True}


def test_a_path_over_prose_is_no_map_entry(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(line="PUT stores the note given"), "urls.txt")
    assert ("PUT", "/notes/{note_name}") not in ops
    assert ("DELETE", "/notes/{note_name}") not in ops
