"""Capital-word placeholders in a JSON example, in the sixty-eighth registry batch (benchmarks/docs/registry_truth):
`curl -X POST -d '{"title": TITLE, "categories": [CATEGORIES]}' .../api/predictor`. A value written as a word in
capitals (`TITLE`, `[FULL NAMES]`) stands for what the reader fills in, as `<title>` would; JSON's own words are
lower-case, so the example is read as JSON with those values quoted, and its keys are the body's fields. A capital
word inside a string is left as written, and a body that is no JSON object at all stays unread."""

from __future__ import annotations

from pathlib import Path

from mcpgen.ingest.docs.requests import parse_json
from tests.operations import extracted_operations, params_of

DOC = """\
# Predictor

The endpoint expects a `POST` request with a JSON body.

```
curl -H "Content-Type: application/json" -X POST -d '{"title": TITLE, "abstract": ABSTRACT, \
"categories": [CATEGORIES]}' "http://example.org/api/predictor"
```
"""


def test_capital_word_values_are_placeholders(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/api/predictor")]) == {
        ("title", "body"): False,
        ("abstract", "body"): False,
        ("categories", "body"): False,
    }


def test_two_word_placeholder_in_an_array() -> None:
    assert parse_json('{"full_names": [FULL NAMES]}') == {"full_names": ["FULL NAMES"]}


def test_near_misses_are_left_alone() -> None:
    assert parse_json('{"note": "a: B, c"}') == {"note": "a: B, c"}  # a capital inside a string: unchanged
    assert parse_json('{"flag": True}') is None  # a capitalised word that is not all capitals: not a placeholder
    assert parse_json("{TITLE}") is None  # no key: not an object
