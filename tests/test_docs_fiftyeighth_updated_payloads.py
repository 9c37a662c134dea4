"""A Python snippet that loads a payload, gives it named keys with `.update({...})` and sends it, in the
fifty-eighth registry batch (benchmarks/docs/registry_truth): `result = json.loads(open("r.json").read())`,
`result.update({"project": "x", "branch": "main"})`, `httpx.post(".../api/runs", json=result)`. The keys the
snippet adds are body fields the document states (the loaded rest is unknown). An `.update` on another name
than the one sent gives the request nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

UPDATED = """\
# Runs API

| Method | Path | Description |
|--------|------|-------------|
| `POST` | `/api/runs` | Ingest a result file |
| `POST` | `/api/notes` | Add a note |
| `GET` | `/api/runs` | List runs |

**Set metadata before posting:**

```python
import json, httpx

result = json.loads(open("result.json").read())
result.update({"project": "my-app", "branch": "main"})
httpx.post("http://localhost:8000/api/runs", json=result)
```

**Post a note:**

```python
import json, httpx

note = json.loads(open("note.json").read())
extra = {}
extra.update({"author": "me"})
httpx.post("http://localhost:8000/api/notes", json=note)
```
"""


def test_keys_a_snippet_adds_before_sending_are_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UPDATED, "README.md")
    params = params_of(ops[("POST", "/api/runs")])
    assert ("project", "body") in params
    assert ("branch", "body") in params


def test_keys_added_to_another_dict_are_not_the_sent_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UPDATED, "README.md")
    assert ("author", "body") not in params_of(ops[("POST", "/api/notes")])
