"""A client call of the thirtieth registry batch (benchmarks/docs/registry_truth) that a sentence says takes the
server's payload shape directly: its keyword arguments are the body fields of the route it is named after
(`store_many()` for `POST /store-many`); the arguments of the library's other calls are not the API's."""

from __future__ import annotations

from pathlib import Path

from operations import extracted_paths as _paths
from operations import params_of

PAGE = """\
# Tank client

## Usage

```python
with TankClient("http://10.0.0.5:8080") as tank:
    tank.fill(level=3, force=True)
```

If you prefer the server payload shape directly, `store_many()` accepts `{"slot": ..., "value": ...}` dictionaries.

```python
tank.store_many(
    words=[{"slot": "A1", "value": 10}],
    flags=[{"slot": "F0", "value": True}],
)
```

## API coverage

- POST /fill
- POST /store-many
"""


def test_a_payload_shaped_calls_keywords_are_the_body_of_the_route_it_is_named_after(tmp_path: Path) -> None:
    paths = _paths(tmp_path, "README.md", PAGE)
    assert set(params_of(paths["/store-many"]["post"])) == {("words", "body"), ("flags", "body")}


def test_the_keywords_of_a_call_no_sentence_ties_to_the_payload_are_not_the_apis(tmp_path: Path) -> None:
    paths = _paths(tmp_path, "README.md", PAGE)
    assert params_of(paths["/fill"]["post"]) == {}
