"""Coded paths a sentence calls path prefixes, not routes:

    The `--api-key` option only authenticates requests to endpoints under the `/v1`, `/v2`, `/inference`, and
    `/cohere` path prefixes.

A run of coded paths that the sentence ends by calling "prefixes" (or a lone one, "the `/api` prefix") names the
beginnings of other routes' paths, the groups a setting or a proxy applies to: no request is made to them. A
method-less route read from such a path is dropped; a path the page also writes with a method, or in a request
(`GET /v1`, `curl .../v1`), stays a route. Left alone: coded paths the sentence calls anything else ("the `/v1`
and `/v2` endpoints"), and prefixes of a sentence that words them ("prefixed with `/api`", read as the base,
`prefixes.py`).
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_PATH = r"`/[\w.{}-]*(?:/[\w.{}-]+)*`"
_PREFIX_RUN = re.compile(
    rf"(?P<run>{_PATH}(?:\s*,\s*(?:and\s+|or\s+)?{_PATH}|\s+(?:and|or)\s+{_PATH})*)\s+(?:(?:URL|path|route)\s+)?"
    r"prefix(?:es)?\b",
    re.I,
)


def drop_named_prefixes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the method-less routes read from coded paths a sentence calls prefixes (see the module)."""
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind in ("text", "list")]
    texts += [item for s in doc.sections for b in s.blocks if b.kind == "list" for _, item in b.items]
    named = {
        path.strip("`").rstrip("/") or "/"
        for text in texts
        for match in _PREFIX_RUN.finditer(" ".join(text.split()))
        for path in re.findall(_PATH, match["run"])
    }
    if not named:
        return
    stated = {m.target.path.rstrip("/") for found in mentions for m in found if not m.inferred}
    for found in mentions:
        found[:] = [m for m in found if not (m.inferred and m.target.path.rstrip("/") in named - stated)]


__all__ = ["drop_named_prefixes"]
