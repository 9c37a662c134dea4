"""A list of concrete paths that a line introduces as examples ("Examples:"), beside the templates they fill in.

A document that states its routes as templates (`/v1/{user}/{time-location}/{space-location}`) often follows one
with a list of filled-in paths under a lead-in that says what they are, "Examples:" or "For example:", each with
what it would return (`` `/v1/joe/at/@current/` : joe's current homedir ``). Those are uses of the stated routes,
not routes of their own, even where they do not fit the template segment for segment (a value that spans several
segments, a keyword spelled another way). Only paths without a placeholder are so read, and only where the
document states some template: a list of placeholder paths under "Examples:", or filled-in paths in a document
that states no template, may still be its routes.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .owners import section_owners

_EXAMPLES_LEAD = re.compile(
    r"(?i)^[*_]*(?:examples?|some\s+examples|for\s+(?:example|instance)|e\.\s?g\.)[*_]*\s*:?[*_]*$"
)


def listed_examples(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Drop the routes read from the items of a list introduced as examples; the sections' owners, found again
    when any was dropped."""
    if not any("{" in m.target.path and m.kind in ("line", "table") for found in mentions for m in found):
        return owners
    dropped = False
    for section, found in zip(doc.sections, mentions, strict=True):
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if block.kind != "list" or before.kind != "text" or not _EXAMPLES_LEAD.match(before.text.strip()):
                continue
            shown = [m for m in found if m.where == block.where and m.kind == "line" and m.inferred]
            if shown and all("{" not in m.target.path for m in shown):
                found[:] = [m for m in found if not any(m is s for s in shown)]
                dropped = True
    return section_owners(doc.sections, mentions) if dropped else owners
