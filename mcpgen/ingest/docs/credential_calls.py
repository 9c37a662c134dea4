"""The call an authentication section shows a credential used on: a route of the API.

A section that explains how to authenticate ends with the two calls that show it, getting a token and using it:

    #### API Authentication

    - **JWT tokens**: Use `POST /api/auth/login` to get access token

    ```bash
    # Get token
    curl -X POST http://localhost:8000/api/auth/login -d "username=admin&password=admin"

    # Use token
    curl -H "Authorization: Bearer <token>" http://localhost:8000/api/sites
    ```

The section names the login route, so it is read as that route's, and a call of another route inside an
operation's section is an aside (a step toward it: "first enable the feature: `curl -X PATCH ...`"), left out.
Here the second call is no step toward logging in: it is what the credential is for, a request to the API the
token opens, shown carrying it. A call that nothing else states, in a section titled for authentication (auth,
token, credentials, API key, login), sent with a credential header (`Authorization`, a token or key header), is
a route of the API."""

from __future__ import annotations

import re

from .bases import url_path
from .blocks import Document
from .endpoint import Extraction

_AUTH_TITLE = re.compile(r"(?i)\b(?:auth\w*|tokens?|credentials?|api[ -]?keys?|log ?in|sign[ -]?in)\b")
_CREDENTIAL = re.compile(
    r"(?i)(?:-H|--header)\s+['\"]?(?:authorization\s*:|(?:x-)?(?:api[-_]?key|auth[-_]?token|access[-_]?token)\s*:)"
)


def credential_calls(extraction: Extraction, docs: list[Document]) -> Extraction:
    """The extraction with the asides that are calls an authentication section shows a credential used on moved
    among its endpoints."""
    blocks = {
        (doc.file, block.where.line): (section.title, block.text)
        for doc in docs
        for section in doc.sections
        for block in section.blocks
        if block.kind == "code"
    }
    prefix = url_path(extraction.servers[0]) if extraction.servers else ""
    stated = {(e.method, e.path) for e in extraction.endpoints}
    kept = []
    for endpoint in extraction.asides:
        title, text = blocks.get((endpoint.where.file, endpoint.where.line), ("", ""))
        if _AUTH_TITLE.search(title) and _credential_call(text, endpoint.path):
            if prefix and endpoint.path.startswith(prefix + "/"):
                endpoint.path = endpoint.path[len(prefix) :]
            if (endpoint.method, endpoint.path) not in stated:
                extraction.endpoints.append(endpoint)
                continue
        kept.append(endpoint)
    extraction.asides = kept
    return extraction


def _credential_call(text: str, path: str) -> bool:
    """Whether a command of `text` that requests `path` sends a credential header."""
    for command in re.split(r"\n(?=\s*(?:#|curl\b|http\b|wget\b))", text.replace("\\\n", " ")):
        if path.rstrip("/") in command and _CREDENTIAL.search(command):
            return True
    return False


__all__ = ["credential_calls"]
