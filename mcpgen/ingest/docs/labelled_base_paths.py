"""A base URL the page states as a path alone, on a labelled line of its own: "Base URL: `/api/`" (in any
language: "Базовый URL: `/api/`"), above a route table that writes `/locations/{id}/`. A base with no host is the
prefix every route of the page is sent under, so the table's relative paths are under it (`/api/locations/{id}/`),
the way "All paths are relative to `/api`" says it in a sentence (`prefixes.py`).

The line must be the whole paragraph, a short label naming a URL, URI, base or prefix, then one coded path; a
label naming one request ("Request URL", "Callback URL", "Redirect URI") states no prefix, and neither does a
path some line or table row of the page gives a method (it is a route, not a base).
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_LABELLED_PATH = re.compile(r"(?P<label>[^\W\d_][^:`\n]{0,40}?)\s*:\s*`(?P<path>/[\w.~-]+(?:/[\w.~-]+)*/?)`\s*\.?")
_BASE_WORD = re.compile(r"(?i)\b(?:url|uri|base|prefix)\b")
_ONE_REQUEST = re.compile(
    r"(?i)\b(?:request|endpoint|callback|redirect|webhook|login|logout|health|docs?|documentation|swagger|"
    r"redoc|schema|token|static|media|upload|download|example)\w*"
)


def labelled_base_path(doc: Document, mentions: list[list[Mention]]) -> str:
    """The path the page's lone "Base URL: `/api/`" line states, if it prefixes its routes; else ""."""
    prefix = labelled_path(doc)
    routes = [m.target.path.rstrip("/") for found in mentions for m in found if not m.target.origin]
    if not prefix or prefix in routes or not any(not r.startswith(prefix + "/") for r in routes):
        return ""
    return prefix


def labelled_path(doc: Document) -> str:
    """The path of the page's first lone "Base URL: `/api/`" line, without its closing slash; else ""."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "text" or not (match := _LABELLED_PATH.fullmatch(" ".join(block.text.split()))):
                continue
            label = match["label"]
            if len(label.split()) <= 3 and _BASE_WORD.search(label) and not _ONE_REQUEST.search(label):
                return match["path"].rstrip("/")
    return ""
