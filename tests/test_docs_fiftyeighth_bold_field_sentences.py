"""A sentence of bold field names right above a curl example, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): "**Email** and **username** are required fields." over a POST's curl makes both
required body fields; "Only **name** and **status** can be changed." over a PATCH's curl names the optional fields
the update takes, beyond the one its example sends. Bold words in another sentence, or above a read, give
nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

STATED = """\
# Shelf API

Create a book.

**Title**, **isbn** and **shelf_id** are required.

```
$ curl -X POST http://localhost:5000/api/books -d '{"title": "Dune", "isbn": "1"}'
```

Update a book.

Only **title** and **status** can be changed.

```
$ curl -X PATCH http://localhost:5000/api/books/<id> -d '{"status": "lent"}'
```

Get a book.

**Title** is shown in bold.

```
$ curl -X GET http://localhost:5000/api/books/<id>
```

Remove a tag.

**Tag** and **colour** are required.

```
$ curl -X GET http://localhost:5000/api/tags
```
"""


def test_bold_names_above_a_write_are_its_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STATED, "README.md")
    created = params_of(ops[("POST", "/api/books")])
    assert created.get(("title", "body")) is True
    assert created.get(("isbn", "body")) is True
    assert created.get(("shelf_id", "body")) is True
    updated = params_of(ops[("PATCH", "/api/books/{id}")])
    assert updated.get(("title", "body")) is False
    assert updated.get(("status", "body")) is False


def test_bold_words_in_another_sentence_or_above_a_read_give_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, STATED, "README.md")
    assert not any(name.lower() == "title" for name, _ in params_of(ops[("GET", "/api/books/{id}")]))
    assert not any(name in ("tag", "colour") for name, _ in params_of(ops[("GET", "/api/tags")]))
