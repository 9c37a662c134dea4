"""A file served by name on the reader's own server, in the forty-third registry batch
(benchmarks/docs/registry_truth): a comment in a menu listing says a new playlist is "fetched via
http://<ip>:<port>/<list_name>.m3u8". The host and port are placeholders (the reader's running server) and the
last segment is a placeholder glued to an extension, so the server answers `GET /{list_name}.m3u8` with the name as
a path parameter. A URL with a placeholder host whose last segment is literal (a page), or a named host, gives no
route."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

SERVED = """\
# Menu

- Lists menu:

```shell
   New list        # creates a new playlist (fetched via http://<ip>:<port>/<list_name>.m3u8).
   Delete list     # deletes a playlist.
```
"""


def test_placeholder_file_on_placeholder_host_is_a_get(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SERVED)
    assert set(ops) == {("GET", "/{list_name}.m3u8")}
    assert params_of(ops[("GET", "/{list_name}.m3u8")]) == {("list_name", "path"): True}


NOT_SERVED = """\
# Menu

`GET /status` - whether the server runs.

Open the web interface at http://<ip>:<port>/index.html once the server runs.
The sample playlists live at https://example.com/<list_name>.m3u8 for reference.
"""


def test_literal_page_or_named_host_gives_no_route(tmp_path: Path) -> None:
    assert set(extracted_operations(tmp_path, NOT_SERVED)) == {("GET", "/status")}
