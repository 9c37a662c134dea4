"""A body in code that the text calls valid on its own, in the fifty-eighth registry batch
(benchmarks/docs/registry_truth): "`{"input": {...}}` only is valid; no `context` required." under a route whose
curl examples send `input`. The least a caller may send is what the request requires, so `input` is a required
body field of the one write whose body has it. An object called "also valid", or one whose keys two writes
share, makes nothing required."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

ALONE = """\
# Runner

- `POST /run` - run the model
- `POST /batch` - run many

```bash
curl -X POST http://localhost:4000/run -d '{"prompt": {"text": "hi"}, "options": {"fast": true}}'
curl -X POST http://localhost:4000/batch -d '{"items": [], "options": {}}'
```

### Bodies

- **Minimal:** `{"prompt": {...}}` only is valid.
- **Shared:** `{"options": {...}}` alone is valid.
- **Batch:** `{"items": []}` is also valid.
"""


def test_a_body_valid_alone_makes_its_keys_required(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ALONE, "README.md")
    assert params_of(ops[("POST", "/run")]).get(("prompt", "body")) is True


def test_an_object_also_valid_or_shared_by_two_writes_requires_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, ALONE, "README.md")
    assert params_of(ops[("POST", "/run")]).get(("options", "body")) is False
    assert params_of(ops[("POST", "/batch")]).get(("options", "body")) is False
    assert params_of(ops[("POST", "/batch")]).get(("items", "body")) is False
