"""Inputs a sentence of prose gives the requests it names, in the fifty-fifth registry batch
(benchmarks/docs/registry_truth): release notes with no reference, "`POST /groups`, `/datasets` and `/datatypes`
create the object with the `id` given in the request body. Sending both `link` and `h5path` in one request returns
400." The coded paths after the request line share its method; a name the item says is carried in the request
body, or that it sends in a request, is a body field of each; "the `x` parameter" in an item naming one GET is
its query parameter. Names the item says come back, and settings it mentions, are not inputs."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

NOTES = """\
# Release notes

## API

- `GET /shelves` lists the shelves.
- `GET /books` lists the books.
- `GET /authors` lists the authors.
- **Changes**: {item}
"""


def test_a_run_of_requests_takes_the_names_carried_in_the_body(tmp_path: Path) -> None:
    item = (
        "`POST /shelves`, `/books` and `/authors` create the object with the `id` given in the request body, and "
        "return 409 if it exists. Sending both `parent` and `path` in one request returns 400."
    )
    ops = extracted_operations(tmp_path, NOTES.format(item=item))
    for path in ("/shelves", "/books", "/authors"):
        assert {("id", "body"), ("parent", "body"), ("path", "body")} <= set(params_of(ops[("POST", path)])), path


def test_returned_names_and_settings_are_not_inputs(tmp_path: Path) -> None:
    item = (
        "`POST /shelves`, `/books` and `/authors` now return the `id` of the new object, subject to the "
        "`max_objects` setting. The answer no longer includes `parent`."
    )
    ops = extracted_operations(tmp_path, NOTES.format(item=item))
    for path in ("/shelves", "/books", "/authors"):
        names = {name for name, _ in params_of(ops.get(("POST", path), {}))}
        assert not names & {"id", "max_objects", "parent"}, path


def test_the_parameter_of_the_one_get_an_item_names(tmp_path: Path) -> None:
    item = "`GET /books?summary=1` now reads a cache, and the `depth` parameter is ignored."
    ops = extracted_operations(tmp_path, NOTES.format(item=item))
    assert ("depth", "query") in params_of(ops[("GET", "/books")])


def test_a_setting_beside_the_one_get_is_not_its_parameter(tmp_path: Path) -> None:
    item = "`GET /books?summary=1` now reads a cache, and the `depth` setting is ignored."
    ops = extracted_operations(tmp_path, NOTES.format(item=item))
    assert ("depth", "query") not in params_of(ops[("GET", "/books")])


def test_a_name_in_the_body_of_an_answer_is_not_an_input(tmp_path: Path) -> None:
    item = "`POST /shelves` and `/books` are throttled: a 429 comes back with `retry_after` in the body."
    ops = extracted_operations(tmp_path, NOTES.format(item=item))
    for path in ("/shelves", "/books"):
        assert ("retry_after", "body") not in params_of(ops.get(("POST", path), {})), path


def test_the_parameter_said_to_be_on_a_request(tmp_path: Path) -> None:
    item = (
        "Using the `depth` parameter on `GET /authors` now counts from 1, and the `mode` parameter on "
        "`POST /books` is new; `GET /shelves?order=asc` still works, and so does the `order` parameter on "
        "`POST /shelves`."
    )
    text = NOTES.format(item=item) + "\n- `POST /books` and `POST /shelves` create things.\n"
    ops = extracted_operations(tmp_path, text)
    assert ("depth", "query") in params_of(ops[("GET", "/authors")])
    assert ("order", "query") in params_of(ops[("POST", "/shelves")])  # written in a query string on the path
    assert ("mode", "query") not in params_of(ops[("POST", "/books")])  # a body's field is a parameter as often
