"""A help directory in the twenty-sixth registry batch (benchmarks/docs/registry_truth): an API's commands printed
as the output of its help URL, an object of `"name": "URL"` members on one origin (pasted by hand: repeated keys,
missing commas), with a variable name (`lampID`) where the page's example URLs put ids. The rule is written for
the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

HELP_DIRECTORY = """\
# Lamp bridge

## Usage
Open `http://bridge:9000/help` in a browser to list the commands. The result is:

```json
{
  "read": "http://bridge:9000/read/lampID?pretty",
  "read": "http://bridge:9000/read/lampID?raw",
  "readMany": "http://bridge:9000/readMany/lampID1,lampID2/?pretty",
  "dim": "http://bridge:9000/dim/lampID?level=40&pretty"
  "writeMany": "http://bridge:9000/writeMany?lampID1=on&lampID2=off&pretty",
  "rooms": "http://bridge:9000/rooms?floor=2&pretty"
}
```

### read
Call e.g.: `http://bridge:9000/read/hall.lamp.3`

### readMany
Call e.g.: `http://bridge:9000/readMany/hall.lamp.3,porch.lamp.1/?pretty`

### dim
Dims a lamp. You can give a *fade* time too: `http://bridge:9000/dim/hall.lamp.3?level=10&fade=500`

### writeMany
Sets many lamps at once: `http://bridge:9000/writeMany?hall.lamp.3=on&kitchen=off`.
This request supports POST method too, with the pairs in the body.

### dimFromBody
Sets the level of a lamp to the POST body content. Call e.g.:
`http://bridge:9000/dimFromBody/porch.lamp.1` with body `40`.
"""

LINKS = """\
# Orders

`GET /orders/{id}` returns an order:

```json
{
  "self": "https://shop.example.com/orders/17",
  "customer": "https://shop.example.com/customers/4",
  "invoice": "https://shop.example.com/invoices/88"
}
```
"""


def _query(operation: dict) -> set[str]:
    return {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}


def test_a_help_directory_of_urls_lists_get_routes_with_filled_variable_words_as_placeholders(tmp_path: Path) -> None:
    """Each URL of the help output is a GET route, and the URL the paragraph before it names is one too; `lampID`,
    which the examples fill with ids, is a placeholder in every route (numbered names of it, one list placeholder);
    query names come from the URL and its examples, all optional; the keys of a URL whose query keys are the
    variable's names are values, not parameters; "supports POST method too" under a command's section adds it."""
    paths = extracted_paths(tmp_path, "README.md", HELP_DIRECTORY)
    assert set(paths["/help"]) == {"get"}
    assert _query(paths["/read/{lampID}"]["get"]) == {"pretty", "raw"}
    assert set(paths["/readMany/{lampID}/"]) == {"get"}
    assert _query(paths["/dim/{lampID}"]["get"]) == {"level", "pretty", "fade"}
    assert set(paths["/writeMany"]) == {"get", "post"}
    assert _query(paths["/writeMany"]["get"]) == {"pretty"}
    assert _query(paths["/rooms"]["get"]) == {"floor", "pretty"}
    parameters = paths["/read/{lampID}"]["get"]["parameters"]
    assert not any(p.get("required") for p in parameters if p["in"] == "query")
    assert not any("hall" in path or "lampID1" in path for path in paths)


def test_a_command_section_the_directory_leaves_out_adds_its_route_in_the_directorys_shape(tmp_path: Path) -> None:
    """`### dimFromBody`, not in the directory, shows `http://bridge:9000/dimFromBody/porch.lamp.1` and says POST:
    a POST route whose value sits where the directory's routes hold `{lampID}`."""
    paths = extracted_paths(tmp_path, "README.md", HELP_DIRECTORY)
    assert set(paths["/dimFromBody/{lampID}"]) == {"post"}
    assert not any("porch" in path for path in paths)


def test_a_response_whose_links_are_not_named_by_their_paths_words_is_no_directory(tmp_path: Path) -> None:
    """A response holding links (`"self"`, `"customer"`: no key is a word of its URL's path) lists no routes."""
    paths = extracted_paths(tmp_path, "README.md", LINKS)
    assert set(paths) == {"/orders/{id}"}
