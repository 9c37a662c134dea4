"""A browser's server-sent events stream shown as client code, in the eightieth registry batch
(benchmarks/docs/registry_truth): `new EventSource('https://my-deploy.example/_realtime')` opens an HTTP GET of
/_realtime. A WebSocket (`new WebSocket('wss://host/socket')`) is no HTTP request and is left alone."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations

DOC = """\
# Counter

## Live updates

The example below shows how you can listen for events in the browser:

```es6
const sse = new EventSource('https://my-deploy.example/_realtime')
sse.onopen = function () { console.log('[sse] open') }
sse.addEventListener('counter-ping', function (e) { console.log('[sse]', e) })
```

## Counting

```js
fetch('https://my-deploy.example/count', {method: "POST"})
```
"""

NEAR_MISS = DOC.replace(
    "new EventSource('https://my-deploy.example/_realtime')", "new WebSocket('wss://my-deploy.example/_realtime')"
)


def test_event_source_is_a_get_stream(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/_realtime"), ("POST", "/count")}


def test_web_socket_is_no_request(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert set(ops) == {("POST", "/count")}
