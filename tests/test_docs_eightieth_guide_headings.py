"""A how-to heading after a part of several endpoints, in the eightieth registry batch
(benchmarks/docs/registry_truth): "## Using the cookie in an Authorization header" after "## Endpoints", its
bullets `secure`, `httpOnly` cookie settings. The heading names a request part (a header, a cookie) but says what
the reader does: a guide of its own, not a continuation of the last endpoint. A heading that is the part itself
("## Headers") still continues the endpoint named last."""

from __future__ import annotations

from pathlib import Path

from tests.operations import extracted_operations, params_of

DOC = """\
# Tokens

## Endpoints

### GET /api/token/check

Checks the token.

### GET /api/token/user

The token's user.

## {title}

- `secure` to help prevent man-in-the-middle.
- `httpOnly` to help prevent XSS.
"""


def test_a_how_to_heading_is_a_guide_of_its_own(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(title="Using the cookie in an Authorization header"))
    assert params_of(ops[("GET", "/api/token/user")]) == {}


def test_a_heading_naming_only_the_part_continues_the_last_endpoint(tmp_path: Path) -> None:
    ops = extracted_operations(tmp_path, DOC.format(title="Cookies"))
    assert set(params_of(ops[("GET", "/api/token/user")])) == {("secure", "cookie"), ("httpOnly", "cookie")}
