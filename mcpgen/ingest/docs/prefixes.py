"""A prefix the page says every route carries, while it writes the routes without it: "All endpoints below will be
prefixed with `/v0`", "Every route is prefixed by `/api`", "All paths are relative to `/api/v2`". The routes are
under that prefix (`/send` is `/v0/send`)."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_PREFIX_SENTENCE = re.compile(
    r"(?i)\b(?:all|every|each)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:endpoints?|routes?|paths?|urls?|uris?)\b[^.;:]{0,30}?"
    r"\b(?:(?:are|is|will\s+be|must\s+be|should\s+be)\s+)(?:prefixed\s+(?:with|by)|relative\s+to)\s+"
    r"[`*]*(?P<prefix>/[\w.~-]+(?:/[\w.~-]+)*)[`*]*"
)


def stated_prefix(doc: Document) -> str:
    """The path prefix a sentence of `doc` says every route carries; "" when none says so."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "text" and (match := _PREFIX_SENTENCE.search(" ".join(block.text.split()))):
                return match["prefix"].rstrip("/")
    return ""


def under_prefix(mentions: list[list[Mention]], prefix: str) -> None:
    """Each mention written without `prefix` (and not from a host: a full URL shows the path as sent) put under it."""
    for found in mentions:
        for mention in found:
            path = mention.target.path
            if mention.target.origin or path == prefix or path.startswith(prefix + "/"):
                continue
            mention.target.path = prefix + path if path != "/" else prefix
