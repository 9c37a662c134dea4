"""A curl command printed without a code fence right under a one-line label of its own paragraph, the way a README
with no fences writes its examples:

    Example:
    curl -X POST http://localhost:8000/api/files \\
      -F "file=@localfile.txt"

Markdown joins the label and the command into one paragraph, but the label only introduces the command: what
follows it is the same statement as that command in a code block (its options send the request's fields, `-d
"a=b"`, `-F "file=@x"`), so the paragraph is read as the label and then the command as code. Only a short label
ending in a colon and no other line counts: a sentence that goes on into a curl command, or a command followed by
more prose, stays a paragraph (`curl_paragraphs` reads a command that is a paragraph by itself)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .curl_paragraphs import curl_paragraph

_LABEL = re.compile(r"[A-Z][\w ()/-]{0,40}:")
"""`Example:`, `Request (form):`: a few words and a colon, no sentence."""


def labelled_curl_paragraphs(doc: Document) -> Document:
    """`doc` with each paragraph that is a label line and then one curl command split into the label and the
    command as a code block."""
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            blocks.extend(_split(block))
        sections.append(section if blocks == list(section.blocks) else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _split(block: Block) -> list[Block]:
    if block.kind != "text":
        return [block]
    label, _, command = block.text.strip().partition("\n")
    if not _LABEL.fullmatch(label.strip()) or not curl_paragraph(command):
        return [block]
    line = block.where.line + 1 if block.where.line is not None else None
    code = Block("code", replace(block.where, line=line), text=command.strip(), lang="shell")
    return [replace(block, text=label.strip()), code]
