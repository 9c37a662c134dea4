"""A brace list of bare names closing a write's line in a fence of route lines, in the sixty-sixth registry batch
(benchmarks/docs/registry_truth): `POST /via/file        — write file content { path, content }` among
`METHOD /path — description` lines. The names are the body fields of that write (`brace_name_lists.py`); braces
after an answer word, braces on a read, or a fence holding lines that are no route are left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Devtool

## API

```
GET  /dev/notes          — list notes
POST /dev/notes          — save a note { title, text }
PUT  /dev/notes/{id}     — replace a note, returns { id, updated }
GET  /dev/status         — server status { uptime, version }
```
"""

MIXED = """\
# Devtool

## API

```
POST /dev/notes          — save a note { title, text }
$ npm run dev
```
"""


def test_the_trailing_braces_of_a_write_are_its_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/dev/notes")]) == {("title", "body"): False, ("text", "body"): False}


def test_answers_and_reads_are_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(params_of(ops[("PUT", "/dev/notes/{id}")])) == {("id", "path")}
    assert params_of(ops[("GET", "/dev/status")]) == {}


def test_a_fence_with_a_line_that_is_no_route_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, MIXED)
    assert ("title", "body") not in params_of(ops[("POST", "/dev/notes")])
