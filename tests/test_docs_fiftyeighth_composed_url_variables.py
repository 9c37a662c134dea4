"""Curl examples whose URLs are built from shell variables, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): one block sets a base URL and an item URL built from it
(`base=http://host/api/v2`, `export item_url=${base}/projects/demo/areas/main_area`), later blocks run
`curl -X GET ${item_url}/info` and the same calls on copies named by appending to the item's name
(`${item_url}_copy1/layers`). The built variable holds an absolute URL, so the routes are read under the base
with the item's name kept literally (the document never makes it a template), the copies as the same routes on
other items. A variable the document never sets (`${TOKEN}`) or one built from a non-URL value stays unread."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

BUILT = """\
# Areas

## Setup
```bash
base=http://localhost:9000/api/v2
export item_url=${base}/projects/demo/areas/main_area
auth="admin:secret"
```

## Examples
```bash
curl -u ${auth} -X GET ${item_url}/info | jq
curl -u ${auth} -X POST ${item_url}/jobs -H 'Content-Type: application/json' -d @job.json | jq
curl -u ${auth} -X POST ${item_url}_copy1/jobs -d @job.json | jq
curl -u ${auth} -X GET ${item_url}_copy1/layers | jq
curl -u ${auth} -X GET ${item_url}/layers | jq
curl -u ${auth} -X GET ${base}/projects/demo/areas | jq
```
"""

UNSET = """\
# Areas

## Setup
```bash
folder=$HOME/work
export item_url=${folder}/areas/main_area
```

## Examples
```bash
curl -X GET http://localhost:9000/api/v2/status
curl -X GET ${item_url}/info
curl -X GET ${SERVER}/areas/info
```
"""


def test_urls_built_from_an_earlier_url_variable_are_read_in_later_curl_blocks(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, BUILT)
    prefix = "/api/v2/projects/demo/areas/main_area"
    assert {("GET", f"{prefix}/info"), ("POST", f"{prefix}/jobs"), ("GET", f"{prefix}/layers")} <= set(ops)
    assert not any("{" in path for _, path in ops)  # the copies' names are not made placeholders


def test_variables_not_built_from_a_url_stay_unread(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSET)
    assert ("GET", "/api/v2/status") in ops
    assert not any("/work/" in path for _, path in ops)  # `$HOME/work` is no URL: `item_url` is not built
