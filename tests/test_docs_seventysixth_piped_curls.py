"""A pipeline of two curl commands, in the seventy-sixth registry batch (benchmarks/docs/registry_truth): a
README trains a model with `curl 'https://files.example.org/sample.yml' | curl --request POST --data-binary @-
--url 'localhost:5000/train?project=demo'`. Each command of the pipeline is read alone: the second is the API's
POST, and the first, which downloads from another host what the second sends from stdin, is no request of the
API. A curl piped into a curl of the same host (one call's answer sent to another) is read as written."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Model server

### Status

```
curl 'http://localhost:5000/status'
```

### Training

```
curl 'https://files.example.org/samples/config_train.yml' | \\
curl --request POST --header 'content-type: application/x-yml' --data-binary @- \\
  --url 'localhost:5000/train?project=demo'
```
"""

SAME_HOST = """\
# Model server

### Copy a model

```
curl 'http://localhost:5000/export?model=a' | \\
curl --request POST --data-binary @- --url 'localhost:5000/import'
```
"""


def test_the_piped_curl_is_the_request_and_the_download_is_left_out(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/status"), ("POST", "/train")}
    assert params_of(ops[("POST", "/train")]) == {("project", "query"): False}


def test_a_curl_piped_into_a_curl_of_the_same_host_is_a_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, SAME_HOST)
    assert set(ops) == {("GET", "/export"), ("POST", "/import")}
