"""A write's body fields named in a labelled parenthetical right after its route, in the eighty-first registry
batch (benchmarks/docs/registry_truth): "- `POST /tokens/create` (form: `engineer`, `expires_in`): mints a token"
sends engineer and expires_in. A parenthetical that is not the route's next word, or that holds prose, names
nothing the request sends."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# API

## Token management

- `POST /tokens/create` (form: `engineer`, `description`, `expires_in`): mints a token.
- `POST /tokens/revoke` (form: `token_id` and `csrf_token`): revokes it.
- `GET /tokens`: lists them.
"""

NEAR_MISS = """\
# API

## Token management

- `POST /tokens/create`: mints a token (see `engineer`, `expires_in`).
- `POST /tokens/revoke` (form: the `token_id` to revoke): revokes it.
- `GET /tokens`: lists them.
"""


def test_labelled_aside_names_the_body_fields(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC)
    assert params_of(ops[("POST", "/tokens/create")]) == {
        ("engineer", "body"): False,
        ("description", "body"): False,
        ("expires_in", "body"): False,
    }
    assert params_of(ops[("POST", "/tokens/revoke")]) == {("token_id", "body"): False, ("csrf_token", "body"): False}


def test_aside_away_from_the_route_or_holding_prose_gives_nothing(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, NEAR_MISS)
    assert ("engineer", "body") not in params_of(ops[("POST", "/tokens/create")])
    assert ("token_id", "body") not in params_of(ops[("POST", "/tokens/revoke")])
