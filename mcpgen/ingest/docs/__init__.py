"""API documentation (Markdown/MDX, reStructuredText, AsciiDoc, HTML, PDF, or a folder of them) to the IR,
through an extracted OpenAPI 3.1.

Each format module reduces its input to sections and blocks (`blocks.py`); one extractor finds the API in
them (`extract.py`); the result is written as OpenAPI 3.1 (`emit.py`), which `mcpgen ingest --emit openapi`
hands to a person to review, and which the OpenAPI ingester turns into the IR. Diagnostics about an
operation point to the passage of the documentation it came from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...diagnostics import Diagnostic, Diagnostics, InputError
from ...ir import ServiceModel
from ..loader import unescape_pointer
from ..openapi import ingest_openapi
from ..options import IngestOptions
from .blocks import Document
from .emit import CONFIDENCE_KEY, SOURCE_KEY, to_openapi
from .endpoint import passage
from .plaintext import reads_as_api
from .refine import LLMOptions, refine

DOC_SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".rst": "rst",
    ".rest": "rst",
    ".adoc": "asciidoc",
    ".asciidoc": "asciidoc",
    ".asc": "asciidoc",
}
TEMPLATE_SUFFIXES = frozenset(
    (".ejs", ".hbs", ".handlebars", ".njk", ".jinja", ".jinja2", ".j2", ".erb", ".mustache", ".twig", ".liquid")
)
"""Page templates (`overview.ejs`, `httpbin.1.html` under `templates/`): read as HTML when their content is
HTML, skipped otherwise (a template of a YAML or config file is not documentation)."""
_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html|head|body)\b", re.I | re.S)
_BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|table|pre)\b", re.I)
_MARKDOWN = re.compile(r"^(?:#{1,6} |```|~~~)", re.M)
INCLUDE_SUFFIX = ".inc"
"""Sphinx include fragments (os-api-ref's `servers.inc`): reStructuredText when their content is (a directive, a
section underline); in a folder, a page of its own only when no page there includes it, else it is read once, where
it is included."""
_RST = re.compile(r"^\.\. [\w:-]+::|^\S.*\n([=~^\"'`#*+-])\1{2,}[ \t]*$", re.M)
_INCLUDES = re.compile(r"^[ \t]*\.\.[ \t]+include::[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
TEXT_SUFFIX = ".txt"
"""Plain text (`plaintext.py`): read when given by name; in a folder, only a page that reads as API documentation
(`README.txt` stating requests, not `LICENSE.txt` or `requirements.txt`)."""


def sniff(data: bytes, suffix: str) -> str | None:
    """`pdf`, `html`, `rst`, `asciidoc`, `markdown` or (a `.txt` file) `text` from a file's content (its suffix
    breaks a tie), else None."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:4096].decode("utf-8", "replace")
    if _HTML.match(head):
        return "html"
    tagged = _BLOCK_TAG.search(head) is not None
    if suffix.lower() == INCLUDE_SUFFIX:
        return "rst" if _RST.search(data[:65536].decode("utf-8", "replace")) else None
    if suffix.lower() in TEMPLATE_SUFFIXES:
        return "html" if tagged else None
    if DOC_SUFFIXES.get(suffix.lower()) == "html" and tagged:
        return "html"
    if DOC_SUFFIXES.get(suffix.lower()) in ("rst", "asciidoc"):
        return DOC_SUFFIXES[suffix.lower()]  # plain text: only the suffix tells these apart from Markdown
    if DOC_SUFFIXES.get(suffix.lower()) == "markdown" or _MARKDOWN.search(data[:65536].decode("utf-8", "replace")):
        return "markdown"
    return "text" if suffix.lower() == TEXT_SUFFIX else None


@dataclass(frozen=True)
class Source:
    """One documentation file, read once."""

    display: str
    kind: str
    data: bytes
    file: Path | None = None
    """Where it was read from, for files it names (reStructuredText `include`, os-api-ref parameter files)."""
    root: Path | None = None
    """The folder such files must be in: the folder given, or the document's own folder."""


def reduce_source(source: Source) -> Document:
    if source.kind == "pdf":
        from .pdf import reduce_pdf

        return reduce_pdf(source.data, source.display)
    text = source.data.decode("utf-8-sig", "replace")
    if source.kind == "html":
        from .html import reduce_html

        return reduce_html(text, source.display)
    if source.kind == "rst":
        from .rst import reduce_rst

        return reduce_rst(text, source.display, source.file, source.root)
    if source.kind == "asciidoc":
        from .asciidoc import reduce_asciidoc

        return reduce_asciidoc(text, source.display)
    if source.kind == "text":
        from .plaintext import reduce_plaintext

        return reduce_plaintext(text, source.display)
    from .markdown import reduce_markdown

    return reduce_markdown(text, source.display)


def _included(contents: dict[Path, bytes], root: Path) -> set[Path]:
    """The files the reStructuredText pages among `contents` include (a leading `/` is the folder given, as Sphinx
    reads it from its source folder)."""
    found: set[Path] = set()
    for file, data in contents.items():
        if DOC_SUFFIXES.get(file.suffix.lower()) != "rst" and file.suffix.lower() != INCLUDE_SUFFIX:
            continue
        for target in _INCLUDES.findall(data.decode("utf-8", "replace")):
            base = root if target.startswith("/") else file.parent
            found.add((base / target.lstrip("/")).resolve())
    return found


def documents(path: Path) -> list[Source]:
    """A document, or every document in a folder in a stable order, with its format."""
    if path.is_dir():
        found = []
        suffixes = DOC_SUFFIXES.keys() | TEMPLATE_SUFFIXES | {TEXT_SUFFIX, INCLUDE_SUFFIX}
        contents = {p: p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes}
        included = _included(contents, path)
        for file, data in contents.items():
            if file.suffix.lower() == INCLUDE_SUFFIX and file.resolve() in included:
                continue  # read where a page includes it, not twice
            kind = sniff(data, file.suffix)
            if file.suffix.lower() == TEXT_SUFFIX and not reads_as_api(data.decode("utf-8-sig", "replace")):
                continue  # a licence, a list of requirements, notes: no page of the API's documentation
            if kind is not None:
                found.append(Source(file.relative_to(path).as_posix(), kind, data, file, path))
        if not found:
            raise InputError(
                f"{path.name}: no documentation pages in this folder (looked for {', '.join(sorted(DOC_SUFFIXES))}, "
                f"{INCLUDE_SUFFIX} files written in reStructuredText, and {TEXT_SUFFIX} files that state requests)"
            )
        return found
    data = path.read_bytes()
    kind = sniff(data, path.suffix)
    if kind is None:
        raise InputError(f"{path.name}: not a recognised API description or documentation page")
    return [Source(path.name, kind, data, path, path.parent)]


def extract_openapi(
    path: Path, diags: Diagnostics, sources: list[Source] | None = None, *, llm: LLMOptions | None = None
) -> dict[str, Any]:
    """The API a document (or folder of documents) describes, as an OpenAPI 3.1 document; with `llm`, its
    wording refined by a language model (see `refine.py`)."""
    docs = [reduce_source(source) for source in sources or documents(path)]
    from .extract import extract  # its hundreds of rules load when a document is read, not with the CLI

    extraction = extract(docs)
    if not extraction.endpoints:
        raise InputError(
            f"{path.name}: no API endpoints found in the documentation (an endpoint is recognised by a method "
            "and a path, `GET /pets/{id}`, in a heading, code, a table or a curl example)"
        )
    if not extraction.servers:
        diags.warning(
            "docs-no-base-url",
            "the documentation states no base URL; the server needs one configured at run time",
            file=docs[0].file,
        )
    for endpoint in extraction.asides:
        diags.info(
            "docs-example-aside",
            f"{endpoint.method} {endpoint.path} appears only in an example inside another operation's "
            "section; it is not taken as an operation of this API",
            file=endpoint.where.file,
            line=endpoint.where.line,
            page=endpoint.where.page,
            section=endpoint.where.section,
        )
    for endpoint in extraction.endpoints:
        if not endpoint.owned:
            diags.info(
                "docs-endpoint-overview-only",
                f"{endpoint.method} {endpoint.path} is only named, not described: its parameters are "
                "the ones its path shows",
                file=endpoint.where.file,
                line=endpoint.where.line,
                page=endpoint.where.page,
                section=endpoint.where.section,
            )
    document = to_openapi(extraction, source=path.name)
    _low_confidence(document, diags)
    if llm is not None:
        passages = {(e.method, e.path): passage(e) for e in extraction.endpoints}
        refine(document, passages, llm, diags)
    return document


LOW_CONFIDENCE = 0.5
"""Operations scored below this get a `docs-low-confidence` warning (so `--strict` refuses to build them)."""


def weakest(document: dict[str, Any], limit: int | None = None) -> list[tuple[float, str, dict[str, Any]]]:
    """(score, "METHOD /path", operation) for the extracted operations, least sure first."""
    found = []
    for table in ("paths", "x-ms-paths"):
        for path, item in (document.get(table) or {}).items():
            for method, operation in (item or {}).items():
                mark = operation.get(CONFIDENCE_KEY) if isinstance(operation, dict) else None
                if isinstance(mark, dict) and isinstance(mark.get("score"), int | float):
                    found.append((float(mark["score"]), f"{method.upper()} {path}", operation))
    found.sort(key=lambda entry: (entry[0], entry[1]))
    return found[:limit] if limit is not None else found


def _low_confidence(document: dict[str, Any], diags: Diagnostics) -> None:
    for score, name, operation in weakest(document):
        if score >= LOW_CONFIDENCE:
            break
        source = operation.get(SOURCE_KEY) or {}
        evidence = "; ".join(operation[CONFIDENCE_KEY].get("evidence") or [])
        diags.warning(
            "docs-low-confidence",
            f"{name} was extracted with confidence {score:.2f} (below {LOW_CONFIDENCE}): {evidence}",
            file=str(source.get("file", "")),
            line=source.get("line"),
            page=source.get("page"),
            section=str(source.get("section", "")),
            hint="review it in the emitted OpenAPI (mcpgen ingest DOC --emit openapi -o api.yaml), correct it, "
            "and build from that file",
        )


def ingest_docs(path: Path, options: IngestOptions, diags: Diagnostics) -> ServiceModel:
    sources = documents(path)
    local = Diagnostics()
    document = extract_openapi(path, local, sources)
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.display.encode() + b"\0" + source.data)
    model = ingest_openapi(
        path,
        options,
        local,
        document=document,
        source_format="docs-" + "+".join(sorted({s.kind for s in sources})),
        sha256=digest.hexdigest(),
    )
    diags.extend(_located(d, document) for d in local.items)
    return model


def _located(diag: Diagnostic, document: dict[str, Any]) -> Diagnostic:
    """A diagnostic about the extracted OpenAPI, moved to the passage of the documentation it is about."""
    if not diag.pointer.startswith("/paths/"):
        return diag
    parts = unescape_pointer(diag.pointer)
    operation = document.get("paths", {}).get(parts[1], {}).get(parts[2]) if len(parts) > 2 else None
    source = operation.get(SOURCE_KEY) if isinstance(operation, dict) else None
    if not isinstance(source, dict):
        return diag
    return diag.model_copy(
        update={
            "file": source.get("file", diag.file),
            "pointer": "",
            "line": source.get("line"),
            "page": source.get("page"),
            "section": source.get("section", ""),
        }
    )


__all__ = ["DOC_SUFFIXES", "LOW_CONFIDENCE", "documents", "extract_openapi", "ingest_docs", "sniff", "weakest"]
