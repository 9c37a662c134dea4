"""Paths a document gives as pages of its user interface, not as requests of its API:

    The issue tracker user interface can be found at:

        /dataset/{dataset-name-or-id}/issues

    You can add an issue at:

        /dataset/{dataset-name-or-id}/issues/new

A code block of bare paths (no method stated, so a reader would take GET) right after a sentence that calls what
is there a user interface (a "user interface", "web interface", "UI", "web page", something opened "in your
browser") is where a person goes with a browser, not an operation of the API. Paths below such a page, written
the same way in the same section (`.../issues/new`, a form of that interface), are its pages too. A sentence that
also speaks of the API or an endpoint is about the API and takes nothing; a path stated with a method, or in a
request example, stays.

A web page the sentence names as what the request works on ("To build a PDF from a web page:", "renders a
screenshot of a web page") is the input of an operation, not where the reader goes: "web page" after "from" or
"of" says nothing of an interface."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_INTERFACE = re.compile(
    r"(?i:\b(?:user|web|graphical)\s+interface\b|\bweb\s+page\b|\bin\s+(?:your|a|the)\s+(?:web\s+)?browser\b)"
    r"|\bUI\b"
)
_INPUT_PAGE = re.compile(r"(?i)\b(?:from|of)\s+(?:(?:a|an|any|the)\s+)?web\s+pages?\b")
""""a PDF from a web page": the page an operation works on, no interface."""
_ABOUT_API = re.compile(r"(?i)\b(?:API|endpoints?|REST)\b")


def _bare(mention: Mention) -> bool:
    return mention.kind == "line" and mention.inferred and mention.listed


def interface_pages(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Drop from `mentions` the bare paths each section gives as interface pages; the owners, without them."""
    dropped: set[tuple[str, str]] = set()
    for section, found in zip(doc.sections, mentions, strict=True):
        pages: list[str] = []
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            said = _INPUT_PAGE.sub("", before.text.strip()) if before.kind == "text" else ""
            if block.kind == "code" and _INTERFACE.search(said) and not _ABOUT_API.search(said):
                pages.extend(m.target.path for m in found if _bare(m) and m.where.line == block.where.line)
        if not pages:
            continue
        kept = []
        for mention in found:
            path = mention.target.path
            if _bare(mention) and any(path == p or path.startswith(p.rstrip("/") + "/") for p in pages):
                dropped.add(endpoint_key(mention))
            else:
                kept.append(mention)
        found[:] = kept
    return [None if owner in dropped else owner for owner in owners]


__all__ = ["interface_pages"]
