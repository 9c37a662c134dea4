"""A write's lone JSON example under its request-line heading, after only a sentence describing the call, in the
eighty-first registry batch (benchmarks/docs/registry_truth): "## `POST /claims/release`", "Release multiple
claims.", then `{"claim_ids": [...], "engineer": "..."}` is the body it sends. Where the section also speaks of
a response, the lone example may be that answer and is not read as the body."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# API Reference

## `GET /claims`

List claims.

## `POST /claims/release`

Release multiple claims.

```json
{
  "claim_ids": ["claim-1", "claim-2"],
  "engineer": "alex"
}
```

## `DELETE /claims/{claim_id}`

Release a single claim.
"""

NEAR_MISS = """\
# API Reference

## `GET /claims`

List claims.

## `POST /claims/release`

Release multiple claims. Returns the released rows.

```json
{
  "claim_ids": ["claim-1", "claim-2"],
  "engineer": "alex"
}
```

## `DELETE /claims/{claim_id}`

Release a single claim.
"""


def test_lone_example_after_a_description_is_the_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/claims/release")]) == {("claim_ids", "body"): False, ("engineer", "body"): False}


def test_lone_example_in_a_section_naming_a_response_is_not_the_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("claim_ids", "body") not in params_of(ops[("POST", "/claims/release")])
