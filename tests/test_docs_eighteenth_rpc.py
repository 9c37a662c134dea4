"""RPC-style pages of the eighteenth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md "After
first contact (eighteenth batch)"): one URL form for every command, the commands listed as calls. Each rule is
written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_COMMANDS = """\
# Relay service

## Commands

Run any command through one URL:

`http://relay.local:7000/api/run/<commandName>?arg1=Value1&arg2=Value2`

E.g.
- `http://relay.local:7000/api/run/getLamp?id=kitchen` - to read the kitchen lamp

Every command can be sent with the POST method too, its arguments as a JSON body:

```bash
curl -X POST 'http://relay.local:7000/api/run/setLamp' -H 'Content-Type: application/json' \\
  --data '{"id": "hall", "level": 3}'
```

### Lamps
- `getLamp(id)` - read a lamp by its id
- `setLamp(id, level[100])` - dim a lamp
- `listLamps()`
"""


def test_commands_listed_as_calls_under_one_url_form_are_each_an_endpoint(tmp_path: Path) -> None:
    """A URL form whose last segment is a slot named for what is called (`<commandName>`), over list items that
    are calls in code (`` `setLamp(id, level[100])` - dim a lamp``): each call is a GET of the form, its
    arguments query parameters (required only where the page brackets optional ones; `level[100]` is a default,
    so optional either way); "every command can be sent with the POST method too" gives each a POST with its
    arguments in the body; the form itself, its example URL and the POST example name no endpoint of their own."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_COMMANDS)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/api/run/getLamp"),
        ("get", "/api/run/listLamps"),
        ("get", "/api/run/setLamp"),
        ("post", "/api/run/getLamp"),
        ("post", "/api/run/listLamps"),
        ("post", "/api/run/setLamp"),
    ]
    assert params_of(paths["/api/run/setLamp"]["get"]) == {("id", "query"): False, ("level", "query"): False}
    post = paths["/api/run/setLamp"]["post"]
    assert set(post["requestBody"]["content"]["application/json"]["schema"]["properties"]) == {"id", "level"}
    assert paths["/api/run/getLamp"]["get"]["description"].startswith("read a lamp by its id")


PAGE_BRACKETED = """\
# Pads

The API is called as `/api/1/<command>`.

- `createPad(padID, [text])` - creates a pad
- `deletePad(padID)` - deletes a pad
"""


def test_a_page_that_brackets_optional_arguments_makes_the_others_required(tmp_path: Path) -> None:
    """`createPad(padID, [text])`: the page marks optional arguments, so an unbracketed one is required; with
    no sentence about POST, each call is a GET alone."""
    paths = extracted_paths(tmp_path, "README.md", PAGE_BRACKETED)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [
        ("get", "/api/1/createPad"),
        ("get", "/api/1/deletePad"),
    ]
    assert params_of(paths["/api/1/createPad"]["get"]) == {("padID", "query"): True, ("text", "query"): False}
    assert params_of(paths["/api/1/deletePad"]["get"]) == {("padID", "query"): True}
