"""Shell variables set at a prompt, in the thirty-first registry batch (benchmarks/docs/registry_truth): a
terminal transcript sets the request body first (`$ RECORD_INFO='{...}'`, the value over several lines), then
sends it (`$ curl -X PUT -d "$RECORD_INFO" .../records/7`). The `$ ` is the prompt the transcript prints, not part
of the line the shell reads: the variable is put in place and the body's keys are the request's fields. A `$`
that is not a prompt followed by a blank (`$RECORD_INFO=...`) sets nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

PAGE = """\
# Records API

## Registering a record

```
$ RECORD_INFO='
{
  "name": "first",
  "size_in_bytes": 9,
  "tags": []
}'
$ curl -H "Content-Type: application/json" -X PUT -d "$RECORD_INFO" http://localhost:7000/records/7
```
"""

UNSET = """\
# Records API

## Registering a record

```
$RECORD_INFO='{"name": "first"}'
$ curl -H "Content-Type: application/json" -X PUT -d "$RECORD_INFO" http://localhost:7000/records/7
```
"""


def test_a_variable_set_at_a_prompt_is_the_body_sent(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, PAGE)
    body = {k: v for k, v in params_of(ops[("PUT", "/records/7")]).items() if k[1] == "body"}
    assert body == {("name", "body"): False, ("size_in_bytes", "body"): False, ("tags", "body"): False}


def test_a_dollar_glued_to_a_name_sets_no_variable(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, UNSET)
    assert not [k for k in params_of(ops[("PUT", "/records/7")]) if k[1] == "body"]
