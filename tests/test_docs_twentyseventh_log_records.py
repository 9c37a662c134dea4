"""Log records in a console transcript, in the twenty-seventh registry batch (benchmarks/docs/registry_truth): a
server's log line `2021-05-04 10:00:01,120 INFO [app.api] *** [GET] http://10.0.0.5:8080/api/settings/Mode` tells
what the server once handled, with that moment's value; the route is `GET /api/settings/{key}`, stated elsewhere.
The rule is written for the structure a page uses, not for the project that showed it first."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths

TRANSCRIPT = """\
# Settings server

## API

### GET /api/settings/{key}

Returns one setting.

## Running it

```
$ settings-server --port 8080
2021-05-04 10:00:00,003 INFO [app] server started
2021-05-04 10:00:01,120 INFO [app.api] *** [GET] http://10.0.0.5:8080/api/settings/Mode -- key='Mode'
[2021-05-04T10:00:02Z] POST /api/settings/Reset handled in 3 ms
```
"""


def test_requests_in_log_records_are_not_routes(tmp_path: Path) -> None:
    """Only the heading's route is read: the log's GET of one value and its POST add no route."""
    paths = extracted_paths(tmp_path, "README.md", TRANSCRIPT)
    assert set(paths) == {"/api/settings/{key}"}
    assert set(paths["/api/settings/{key}"]) == {"get"}
