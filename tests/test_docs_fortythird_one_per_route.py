"""One route found twice is one operation, in the forty-third registry batch (benchmarks/docs/registry_truth): an
overview states `POST /api/send`, a settings list names another service's "base URL" ending in `/api`, and the
curl example of the route, made relative to that base, is `POST /send`. Once the base's path is taken off both
are the same operation: what either was found to take (the caption's optional inputs, the example's body) is
kept, where one used to replace the other."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ELSEWHERE_BASE = """\
# Radio monitor

## Settings

- `GATEWAY_URL` (base URL, e.g. `https://gateway.example/api`)

## API

- `GET /api/health` - backend status
- `POST /api/send` - send text (optional `to` and `channel`)

```bash
curl -s http://localhost:8880/api/health
curl -s -X POST http://localhost:8880/api/send -H 'Content-Type: application/json' -d '{"text":"hi","channel":0}'
```
"""


def test_a_route_found_twice_is_one_operation(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ELSEWHERE_BASE)
    (send,) = [op for (method, path), op in ops.items() if method == "POST" and path.endswith("/send")]
    assert params_of(send) == {("text", "body"): True, ("to", "body"): False, ("channel", "body"): False}
