"""Which of a rendered document's truth parameters the document states at all.

The rendered corpus's truth is the spec a document was rendered from, and some renderers leave parts of it out
(Sphinx's default renderer prints no OpenAPI 3 request body; openapi-markdown none either): no extractor can
find a parameter a page never names. A parameter counts as unstated when it was not found and its name occurs
nowhere in the document's visible text (a lenient test: a common word such as `id` or `name` occurring
elsewhere counts as stated). The LORO table prints recall over all truth parameters and, beside it, over the
stated ones, so what extraction misses and what a renderer dropped are told apart. Required flags are not
adjusted: a renderer that prints no required flag still counts against the extractor.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from verify import document_text

from mcpgen.ingest.docs.pdf_pdfium import open_pdf, plain_text, text_page
from mcpgen.ingest.docs.quality import Score

_MISS = re.compile(r"^\S+ \S+ (?P<location>[a-z]+):(?P<name>.+) \(missing, expected required=(?:True|False)\)$")


@cache
def visible_text(path: Path) -> str:
    """The text a reader of the document sees (every page of a folder; a PDF's text as PDFium reads it)."""
    if path.is_dir():
        pages = sorted(p for p in path.rglob("*") if p.suffix in (".html", ".htm", ".md"))
        return "\n".join(visible_text(p) for p in pages)
    if path.suffix == ".pdf":  # read as the extractor reads it
        with open_pdf(path.read_bytes(), path.name) as document:
            texts = []
            for index in range(len(document)):
                with text_page(document, index) as (_, textpage):
                    texts.append(plain_text(textpage))
            return "\n".join(texts)
    return document_text(path, "html" if path.suffix in (".html", ".htm") else "markdown")


def unstated(document: Path, score: Score) -> int:
    """How many of `score`'s missed parameters `document` never names."""
    text = visible_text(document)
    count = 0
    for miss in score.param_misses:
        match = _MISS.match(miss)
        if match is None:
            continue
        name = match.group("name")
        flags = re.IGNORECASE if match.group("location") == "header" else 0
        if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, flags):
            count += 1
    return count
