"""A URL template with an optional tail in the twenty-eighth registry batch (benchmarks/docs/registry_truth):
`http://<host>:<port>/<device>/<command>[/argument_1/argument_2]` states one route, the template before the
bracket; the concrete URLs listed beside it that fit it, with or without extra segments, are its examples. A
listed URL that does not fit it is a route of its own."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

DOC = """\
# Home relay

## HTTP server

Requests are plain URLs of the form:

```
http://<host>:<port>/<device>/<command>[/argument_1/argument_2]
```

For example:

```
http://10.0.0.5:9000/Porch/light
http://10.0.0.5:9000/Porch/dim/40
http://10.0.0.5:9000/Garage/door/open/slowly
```

To stop every running job:

```
http://10.0.0.5:9000/stop_all
```
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], list[str]]:
    return {
        key: [p["name"] for p in op.get("parameters", [])] for key, op in extracted_operations(tmp_path, text).items()
    }


def test_the_template_before_its_optional_tail_is_the_route_and_the_urls_beside_it_its_examples(
    tmp_path: Path,
) -> None:
    ops = _operations(tmp_path, DOC)
    assert set(ops) == {("GET", "/{device}/{command}"), ("GET", "/stop_all")}
    assert ops[("GET", "/{device}/{command}")] == ["device", "command"]
