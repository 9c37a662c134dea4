"""Ingest: one module per source format behind one interface, routed from one table.

`ingest(source, options)` returns the IR and the diagnostics found on the way. The format is detected from
the content, not only the file name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..diagnostics import Diagnostic, Diagnostics, InputError, McpgenError
from ..ir import ServiceModel
from ..memory import collector_paused
from . import botocore
from .docs import DOC_SUFFIXES, ingest_docs, sniff
from .limits import LimitExceeded
from .loader import read_text
from .merge import Source, merge
from .openapi import ingest_openapi
from .options import IngestOptions

Ingester = Callable[[Path, IngestOptions, Diagnostics], ServiceModel]

FORMATS: dict[str, Ingester] = {
    "openapi": ingest_openapi,
    "markdown": ingest_docs,
    "html": ingest_docs,
    "pdf": ingest_docs,
    "rst": ingest_docs,
    "asciidoc": ingest_docs,
    "text": ingest_docs,
    "docs": ingest_docs,
    "botocore": botocore.ingest_botocore,
}
"""Source formats by name; `detect_format` chooses one."""


_OPENAPI_KEY_JSON = re.compile(r'"(?:openapi|swagger)"\s*:')
_OPENAPI_KEY_YAML = re.compile(r"^[ \t]*[\"']?(?:openapi|swagger)[\"']?[ \t]*:", re.MULTILINE)


def detect_format(path: Path, max_bytes: int | None = None) -> str:
    """The format of `path`, from its content (the file name only breaks ties). Cheap: the document is
    parsed only once, by the ingester. A folder is a set of documentation pages."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        return "docs"
    head = path.read_bytes()[:8]
    if head.startswith(b"%PDF-"):
        return "pdf"
    try:
        text = read_text(path, max_bytes)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as UTF-8 text: {exc}") from exc
    # The `openapi`/`swagger` key may come anywhere: Stripe's YAML has it on line 40,015.
    key = _OPENAPI_KEY_JSON if text.lstrip().startswith("{") else _OPENAPI_KEY_YAML
    if key.search(text):
        return "openapi"
    if botocore.looks_like_model(text):
        return "botocore"
    kind = sniff(text.encode("utf-8"), path.suffix)
    if kind is not None:
        return kind
    raise InputError(
        f"{path.name}: not a recognised API description (no 'openapi' or 'swagger' key) "
        f"nor documentation (Markdown/MDX, reStructuredText, AsciiDoc, HTML, PDF or plain text: "
        f"{', '.join(sorted({*DOC_SUFFIXES, '.txt'}))})"
    )


def ingest_sources(
    sources: list[Source], options: IngestOptions | None = None, title: str | None = None
) -> tuple[ServiceModel, list[Diagnostic]]:
    """Read several API descriptions into one IR (see `merge`)."""
    if not sources:
        raise InputError("no API description to read")
    options = options or IngestOptions()
    diags = Diagnostics()

    def read(path: Path) -> ServiceModel:
        model, found = ingest(path, options)
        diags.extend(found)
        return model

    return merge(sources, read, diags, title), diags.items


def ingest(source: str | Path, options: IngestOptions | None = None) -> tuple[ServiceModel, list[Diagnostic]]:
    """Read an API description into the IR. Raises `InputError` when nothing usable can be read."""
    path = Path(source)
    options = options or IngestOptions()
    diags = Diagnostics()
    try:
        if botocore.is_source(source):  # `botocore:s3`: a model inside the installed botocore
            ingester = FORMATS["botocore"]
        else:
            ingester = FORMATS[detect_format(path, options.limits.max_document_bytes)]
        with collector_paused():
            model = ingester(path, options, diags)
    except LimitExceeded as exc:
        found = exc.diagnostic
        raise InputError(f"{found.file or path.name}: {found.message}", [*diags.items, found]) from exc
    except McpgenError:
        raise
    except RecursionError as exc:  # every known deep place is bounded; this is the last line of defence
        raise InputError(f"{path.name}: nested too deeply to read (limit-depth)") from exc
    except Exception as exc:
        raise InputError(
            f"{path.name}: cannot be read: {type(exc).__name__}: {str(exc)[:200]} "
            "(this is a bug in mcpgen: the description should have given a diagnostic)",
            diags.items,
        ) from exc
    return model, diags.items


__all__ = ["FORMATS", "IngestOptions", "Source", "detect_format", "ingest", "ingest_sources"]
