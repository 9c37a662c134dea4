"""Body fields a sentence gives the requests of one method, in the sixty-ninth registry batch
(benchmarks/docs/registry_truth): a section of no route says "The server accepts the following arguments in a POST
request body:" over a list of coded names, and the routes are listed elsewhere. Each name is an optional body field
of every POST route of the page, save one whose example requests are all sent with no body
(`method_body_lists.py`). A sentence that names no method leaves the routes alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ROUTES = """\
## Available Endpoints

- `POST /`: Export a chart.
- `POST /:filename`: Export a chart under a file name.
- `POST /admin/reload`: Reload the templates.
- `GET /health`: Statistics of the server.

## Reloading

```
curl -X POST 127.0.0.1:7801/admin/reload
```
"""

ARGUMENTS = """\
# Chart server

## POST Arguments

The server accepts the following arguments in a POST request body:

- `infile`: Chart options in the form of JSON.
- `type`: The format of the exported chart.
- `scale`: The scale factor of the exported chart.

"""

UNSAID = ARGUMENTS.replace("in a POST request body:", "in its configuration file:")


def test_every_post_route_takes_the_listed_body_fields(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, ARGUMENTS + ROUTES)
    fields = {("infile", "body"): False, ("type", "body"): False, ("scale", "body"): False}
    assert params_of(operations[("POST", "/")]) == fields
    assert params_of(operations[("POST", "/{filename}")]) == {("filename", "path"): True, **fields}
    assert params_of(operations[("POST", "/admin/reload")]) == {}  # shown sent with no body
    assert params_of(operations[("GET", "/health")]) == {}


def test_a_sentence_naming_no_method_gives_no_route_the_list(tmp_path: Path) -> None:
    operations = extracted_operations(tmp_path, UNSAID + ROUTES)
    assert params_of(operations[("POST", "/")]) == {}
    assert params_of(operations[("POST", "/{filename}")]) == {("filename", "path"): True}
