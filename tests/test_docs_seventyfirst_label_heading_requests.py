"""Requests stated by label headings, in the seventy-first registry batch (benchmarks/docs/registry_truth): each
endpoint's section has small headings that are only labels, "##### Endpoint:" over the URL alone in a text fence and
"##### Method:" over the method as a single dash bullet; a second "##### Method:" under the same endpoint states the
same URL with another method, its own argument list after it (`label_heading_requests.py`). A method heading
holding more than a method is left."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Plugin API

### sync

##### Description:

- Sync DAG files from an S3 bucket.

##### Endpoint:

```text
http://{HOST}:{PORT}/api/v1/ext/sync
```

##### Method:

- POST

##### POST request Arguments:

- bucket_name - string - Bucket name where files exist
- otf_sync (optional) - boolean - Check for new files

##### Method:

- GET

##### GET request Arguments:

- file_url - string - A valid url for fetching files
- otf_sync (optional) - boolean - Check for new files
"""

NOT_A_METHOD = DOC.replace("##### Method:\n\n- POST", "##### Method:\n\n- POST when the file is sent")


def test_label_headings_state_each_method_of_the_url(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("POST", "/api/v1/ext/sync"), ("GET", "/api/v1/ext/sync")}
    assert set(params_of(ops[("POST", "/api/v1/ext/sync")])) == {("bucket_name", "body"), ("otf_sync", "body")}
    assert set(params_of(ops[("GET", "/api/v1/ext/sync")])) == {("file_url", "query"), ("otf_sync", "query")}


def test_a_method_heading_holding_more_than_a_method_is_left(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NOT_A_METHOD)
    assert ("POST", "/api/v1/ext/sync") not in ops
