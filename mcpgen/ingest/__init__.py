"""Ingest: one module per source format behind one interface, routed from one table.

`ingest(source, options)` returns the IR and the diagnostics found on the way. The format is detected from
the content, not only the file name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..diagnostics import Diagnostic, Diagnostics, InputError
from ..ir import ServiceModel
from .loader import parse_document, read_text
from .openapi import detect_version, ingest_openapi
from .options import IngestOptions

Ingester = Callable[[Path, IngestOptions, Diagnostics], ServiceModel]

FORMATS: dict[str, Ingester] = {
    "openapi": ingest_openapi,
}
"""Source formats by name; `detect_format` chooses one."""


def detect_format(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the description file itself")
    try:
        head = read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read as UTF-8 text: {exc}") from exc
    stripped = head.lstrip()[:4096]
    if "openapi" in stripped or "swagger" in stripped:
        doc = parse_document(head, path.name)
        if detect_version(doc) is not None:
            return "openapi"
        if isinstance(doc, dict) and ("openapi" in doc or "swagger" in doc):
            raise InputError(
                f"{path.name}: unsupported OpenAPI version "
                f"{doc.get('openapi', doc.get('swagger'))!r} (supported: 2.0, 3.0, 3.1)"
            )
    raise InputError(
        f"{path.name}: not a recognised API description",
        [],
    )


def ingest(
    source: str | Path, options: IngestOptions | None = None
) -> tuple[ServiceModel, list[Diagnostic]]:
    """Read an API description into the IR. Raises `InputError` when nothing usable can be read."""
    path = Path(source)
    diags = Diagnostics()
    model = FORMATS[detect_format(path)](path, options or IngestOptions(), diags)
    return model, diags.items


__all__ = ["FORMATS", "IngestOptions", "detect_format", "ingest"]
