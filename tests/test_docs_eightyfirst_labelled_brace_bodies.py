"""A labelled brace shape of bare names under a write's request-line heading, in the eighty-first registry batch
(benchmarks/docs/registry_truth): "Body: `{engineer, file, new_name?, ...}`" names the body's top-level fields, the
`?` marking the optional ones and so making the unmarked ones required. A "Response:" label over the same braces
names what comes back and gives nothing."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# API Reference

## `GET /health`

Liveness probe.

## `POST /claims/refactor` (v0.31.0+)

Expands a refactor intent into one claims batch.

Body: `{engineer, file, symbol, new_name?, wait_seconds?, ...}`. Response shapes are identical to `POST /claims`.

## `POST /claims/plain`

Plain claim.

Body: `{engineer, file}`.
"""

NEAR_MISS = """\
# API Reference

## `GET /health`

Liveness probe.

## `POST /claims/refactor` (v0.31.0+)

Expands a refactor intent into one claims batch.

Response: `{engineer, file, symbol, new_name?}`.
"""


def test_labelled_brace_shape_names_the_body_fields_and_their_need(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    params = params_of(ops[("POST", "/claims/refactor")])
    assert params == {
        ("engineer", "body"): True,
        ("file", "body"): True,
        ("symbol", "body"): True,
        ("new_name", "body"): False,
        ("wait_seconds", "body"): False,
    }
    assert params_of(ops[("POST", "/claims/plain")]) == {("engineer", "body"): False, ("file", "body"): False}


def test_response_label_over_braces_gives_no_body(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert not any(location == "body" for _, location in params_of(ops[("POST", "/claims/refactor")]))
