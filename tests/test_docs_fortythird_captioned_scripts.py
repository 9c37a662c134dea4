"""Requests written as a server script and its query string, in the forty-third registry batch
(benchmarks/docs/registry_truth): bullets captioned with the method ("- GET Item List:") over code blocks that hold
only slashless, hostless request targets (`items.php?user=*&action=list`). Each line is a GET of `/items.php`
whose query names its parameters; lines of one script under several captions are one endpoint with the union of
them. A sentence naming scripts that are "callable via GET+POST" gives each of them a POST twin with the same names
in its body; a script the sentence leaves out keeps its GET alone. A code block of shell commands or menu lines
under such a caption, or script lines under a caption that names no method, give no route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SCRIPTS = """\
# Shop

The items.php & feed.php scripts are callable via GET+POST (for POST send the parameters in the body).

- GET Item List:
```shell
items.php?user=*&pass=*&action=list
items.php?user=*&pass=*&action=list&group=X
```
- GET Item Detail:
```shell
items.php?user=*&pass=*&action=detail&item_id=X
```
- GET Feed:
```shell
feed.php?user=*&pass=*
```
- GET Export:
```shell
export.php?user=*&format=[csv|json]
```
"""


def test_script_lines_under_method_captions_are_requests(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SCRIPTS)
    assert set(ops) == {
        ("GET", "/items.php"),
        ("POST", "/items.php"),
        ("GET", "/feed.php"),
        ("POST", "/feed.php"),
        ("GET", "/export.php"),
    }
    items = params_of(ops[("GET", "/items.php")])
    assert {("action", "query"), ("group", "query"), ("item_id", "query")} <= set(items)
    assert not any(items.values())  # examples with filled values: nothing said of need
    assert {("action", "body"), ("group", "body"), ("item_id", "body")} <= set(params_of(ops[("POST", "/items.php")]))
    assert ("format", "query") in params_of(ops[("GET", "/export.php")])


NOT_SCRIPTS = """\
# Setup

`GET /status` - whether the shop runs.

- GET the package:
```shell
pip install shop
shop.py --port 8080
```
- Example lines:
```shell
items.php?user=*&action=list
```

The shop accepts GET and POST requests on its pages.
"""


def test_commands_or_unmethoded_captions_give_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_SCRIPTS)) == {("GET", "/status")}
