"""A request line whose path holds a placeholder standing for a whole route, written in words:

    All *list* endpoints support the ``page_size`` parameter ...

    .. code-block:: text

        GET /api/v1/<api endpoint url>/?page_size=10

The placeholder is not one segment's value but "any endpoint's URL": the line shows how a query goes with every
route of a kind, a pattern rather than an operation of its own. A placeholder names a route so when it is several
words (it has a space) among which "endpoint", "url", "uri" or "route"; a one-word placeholder (`<endpoint>`,
whose filled-in values a document may list) or one in words naming a value (`<path to file>`, `<user name>`) is
a segment of a real route and stays. The pattern's line is left out of its code block (a block of nothing else
is dropped); what the prose around it says about the parameters is read as prose."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document

_ROUTE_WORDS = re.compile(
    r"[<{](?=[^<>{}\n]*\s)(?=[^<>{}\n]*\b(?:endpoints?|urls?|uris?|routes?)\b)[^<>{}\n]+[>}]", re.I
)
_REQUEST = re.compile(r"\s*(?:[A-Z]+\s+)?(?:https?://[^/\s]+)?/\S*\s*")


def _pattern(line: str) -> bool:
    """A request line (or a URL) once its placeholders in words are taken as one segment each."""
    filled = _ROUTE_WORDS.sub("x", line)
    return filled != line and _REQUEST.fullmatch(filled) is not None


def any_route_patterns(doc: Document) -> Document:
    """`doc` without the code lines whose path holds a placeholder in words that stands for any route."""
    sections = []
    for section in doc.sections:
        blocks = []
        for block in section.blocks:
            if block.kind == "code" and _ROUTE_WORDS.search(block.text):
                lines = [line for line in block.text.splitlines() if not _pattern(line)]
                if not any(line.strip() for line in lines):
                    continue
                blocks.append(replace(block, text="\n".join(lines)))
                continue
            blocks.append(block)
        sections.append(replace(section, blocks=blocks))
    return replace(doc, sections=sections)
