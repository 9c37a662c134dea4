"""Structures of the twentieth registry batch (benchmarks/docs/registry_truth, FIRST_CONTACT.md): each rule is
written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths, params_of

PAGE_METHOD_LINES = """\
# Lamp server

## Endpoints

```txt
/lamp
```

Switches the lamp, or reads whether it is on.

Method: GET, PUT

Arguments (PUT only):

- `on` (bool): whether the lamp should be on.
- `fade` (int, optional): seconds to fade over.

```txt
/lamp/colour
```

Sets the colour of the lamp.

Method: POST

Arguments:

- `colour` (str): a colour name.
"""


def test_a_path_alone_in_code_takes_the_methods_a_later_method_line_names(tmp_path: Path) -> None:
    """A path alone in a code block, then prose and `Method: GET, PUT`: a route of each method named (not an
    example path of a GET), described by what follows it up to the next such path; a list labelled
    "Arguments (PUT only)" belongs to the PUT route alone."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_METHOD_LINES)
    assert {(m, p) for p, ops in paths.items() for m in ops} == {
        ("get", "/lamp"),
        ("put", "/lamp"),
        ("post", "/lamp/colour"),
    }
    assert params_of(paths["/lamp"]["get"]) == {}
    assert set(params_of(paths["/lamp"]["put"])) == {("on", "body"), ("fade", "body")}
    assert set(params_of(paths["/lamp/colour"]["post"])) == {("colour", "body")}


PAGE_PREFIX = """\
# Kettle API

All endpoints below are prefixed with `/v2`. For example, `/boil` is reached at `/v2/boil`.

## Boil

```
POST /boil
```

## Status

```
GET /status
```
"""


def test_a_prefix_the_page_says_every_route_carries_is_put_on_each(tmp_path: Path) -> None:
    """ "All endpoints below are prefixed with `/v2`": the routes the page writes without it are under it."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_PREFIX)
    assert sorted((m, p) for p, ops in paths.items() for m in ops) == [("get", "/v2/status"), ("post", "/v2/boil")]


PAGE_QUOTED_NAMES = """\
# Printer

## POST /print

Arguments:

- "text" (str, list): what to print; several are joined.
- "copies" (int) (optional): how many copies. By default 1.
- "duplex" (bool) (optional): print on both sides.
"""


def test_quoted_names_in_a_labelled_list_are_parameters(tmp_path: Path) -> None:
    """`- "copies" (int) (optional): text`: a name in double quotes, its type's bracket, then "(optional)" in a
    bracket of its own, is a parameter as a `code` name is."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_QUOTED_NAMES)
    assert set(params_of(paths["/print"]["post"])) == {("text", "body"), ("copies", "body"), ("duplex", "body")}


def test_an_optional_flag_set_apart_from_the_type_leaves_the_unflagged_required(tmp_path: Path) -> None:
    """Where each optional item writes "(optional)" as a bracket of its own after its type's (`(int) (optional)`),
    the page sets a flag: an item with its type's bracket alone (`"text" (str, list)`) lacks it, and is required."""
    paths = extracted_paths(tmp_path, "api.md", PAGE_QUOTED_NAMES)
    assert params_of(paths["/print"]["post"]) == {
        ("text", "body"): True,
        ("copies", "body"): False,
        ("duplex", "body"): False,
    }
