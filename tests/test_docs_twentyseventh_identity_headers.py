"""A header that carries who was authenticated, in the twenty-seventh registry batch
(benchmarks/docs/registry_truth): "You can provide the authenticated username with `X-Authenticated-User` header"
names an optional header parameter of the request, not a credential to authenticate with; a sentence saying to
authenticate with a header still states a scheme. The rule is written for the structure a page uses, not for the
project that showed it first."""

from __future__ import annotations

from pathlib import Path

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi

IDENTITY_HEADER = """\
# Relay

## HTTP API

You can provide the authenticated username with `X-Acting-User` header, it is optional.

```bash
curl -H "X-Acting-User: alice" -X POST http://localhost:8080/submit -d '{"to": "bob@example.com"}'
```
"""

CREDENTIAL_HEADER = """\
# Relay

## HTTP API

Authenticate with your key in the `X-Relay-Key` header.

```bash
curl -H "X-Relay-Key: abc" -X POST http://localhost:8080/submit -d '{"to": "bob@example.com"}'
```
"""


def _extract(tmp_path: Path, text: str) -> dict:
    doc = tmp_path / "README.md"
    doc.write_text(text, encoding="utf-8")
    return extract_openapi(doc, Diagnostics())


def test_a_header_carrying_the_authenticated_users_name_is_a_parameter_not_a_scheme(tmp_path: Path) -> None:
    """`X-Acting-User` is a header parameter of `POST /submit`; the document states no security scheme."""
    spec = _extract(tmp_path, IDENTITY_HEADER)
    operation = spec["paths"]["/submit"]["post"]
    assert ("X-Acting-User", "header") in {(p["name"], p["in"]) for p in operation.get("parameters", [])}
    assert not spec.get("components", {}).get("securitySchemes")


def test_a_header_to_authenticate_with_is_still_a_scheme(tmp_path: Path) -> None:
    """ "Authenticate with your key in the `X-Relay-Key` header": an API-key scheme in that header."""
    spec = _extract(tmp_path, CREDENTIAL_HEADER)
    schemes = spec["components"]["securitySchemes"]
    assert {(s["in"], s["name"]) for s in schemes.values()} == {("header", "X-Relay-Key")}
