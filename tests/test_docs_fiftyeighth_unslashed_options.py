"""A curl command continued on the next line without a backslash, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): `$ curl -X POST http://localhost:5000/api/books` and, on the line under it,
`-d '{"title": "Dune", "year": 1965}'`. A shell line that starts with an option is no command of its own: it
continues the curl above, whose body it gives. An option line under another command, or after a blank line, is
not joined to a curl."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

UNSLASHED = """\
# Shelf API

Create a book.

```
$ curl -H "Content-Type: application/json" -X POST http://localhost:5000/api/books
-d '{"title": "Dune", "year": 1965}'
```

Create a shelf.

```
$ curl -X POST http://localhost:5000/api/shelves -d '{"label": "sci-fi"}'

-d '{"colour": "red"}'
```

Start the store.

```
$ docker run -p 5000:5000 shelf
-d '{"debug": true}'
```
"""


def test_an_option_line_under_a_curl_continues_it(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSLASHED, "README.md")
    params = params_of(ops[("POST", "/api/books")])
    assert {("title", "body"), ("year", "body")} <= set(params)


def test_an_option_line_after_a_blank_or_another_command_is_not_joined(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSLASHED, "README.md")
    params = params_of(ops[("POST", "/api/shelves")])
    assert ("label", "body") in params
    assert ("colour", "body") not in params
    assert not any(name == "debug" for op in ops.values() for name, _ in params_of(op))
