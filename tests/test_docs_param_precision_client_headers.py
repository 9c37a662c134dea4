"""Parameter precision: headers the HTTP client writes itself are not arguments of a tool. `Host` is the
authority of the URL the request goes to, so even a parameter table that lists it (`Host | header | Standard
HTTP Host Header`) documents the protocol, not a choice of the caller's; a `Cache-Control: no-cache` line in an
example request (recording tools add it to every request) is a directive to caches, not an input of the API. A
header the table lists that the caller does choose (`Range`) stays, and so does a `Cache-Control` a table lists."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations, params_of

CLIENT_HEADERS = """\
# Blob API

## GET /v2/{name}/blobs/{digest}

Fetches a blob.

```
GET /v2/{name}/blobs/{digest} HTTP/1.1
Host: registry.example.com
Cache-Control: no-cache
X-Trace-Id: abc123
```

The following parameters should be specified on the request:

|Name|Kind|Description|
|----|----|-----------|
|`Host`|header|Standard HTTP Host Header. Should be set to the registry host.|
|`Range`|header|The byte range of the blob to fetch.|

## GET /v2/{name}/tags

Lists the tags.

|Name|Kind|Description|
|----|----|-----------|
|`Cache-Control`|header|`no-cache` to bypass the tag cache.|
"""


def test_headers_the_client_writes_are_not_parameters(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, CLIENT_HEADERS)
    blob = params_of(ops[("GET", "/v2/{name}/blobs/{digest}")])
    headers = {name.lower() for name, location in blob if location == "header"}
    assert headers == {"range", "x-trace-id"}
    tags = params_of(ops[("GET", "/v2/{name}/tags")])
    assert {name.lower() for name, location in tags if location == "header"} == {"cache-control"}
