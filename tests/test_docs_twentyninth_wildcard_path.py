"""A path the text says can be anything, in the twenty-ninth registry batch (benchmarks/docs/registry_truth): a
relay's README shows its requests on one example path (`curl -T - https://relay.example.com/greeting`, "`POST
/greeting` or `PUT /greeting` into `GET /greeting`") and then says "The path `/greeting` can be anything". The
example is a value of the one path parameter the sentence names, so the routes are `/{path}`; routes the page shows
on other paths stay as written, and without such a sentence the example path is a literal route."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_operations

PAGE = """\
# Relay

## Transfer

```bash
# send
echo 'hi' | curl -T - https://relay.example.com/greeting
# get
curl https://relay.example.com/greeting
```

The relay passes data sent to `POST /greeting` or `PUT /greeting` on to `GET /greeting`. The path `/greeting`
can be anything such as `/mine` or `/mine/123/`.

## Help

```bash
curl https://relay.example.com/help
```
"""


def _operations(tmp_path: Path, text: str) -> dict[tuple[str, str], dict[str, str]]:
    return {
        key: {p["name"]: p["in"] for p in op.get("parameters", [])}
        for key, op in extracted_operations(tmp_path, text).items()
    }


def test_a_path_that_can_be_anything_is_a_path_parameter(tmp_path: Path) -> None:
    ops = _operations(tmp_path, PAGE)
    for method in ("GET", "POST", "PUT"):
        assert ops[(method, "/{path}")] == {"path": "path"}
    assert ("GET", "/help") in ops
    assert not any(path.startswith(("/greeting", "/mine")) for _, path in ops)


def test_without_the_sentence_the_example_path_is_a_route(tmp_path: Path) -> None:
    ops = _operations(
        tmp_path, PAGE.replace("The path `/greeting`\ncan be anything such as `/mine` or `/mine/123/`.", "")
    )
    assert ("GET", "/greeting") in ops
    assert not any("{" in path for _, path in ops)
