"""Checks that a rendered document states its spec: the spec's operations, and the ones a document's text does
not name (`missing_operations`), so a renderer that drops operations is caught before a document is scored.
"""

import gzip
import html
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from renderers import CorpusError, Format

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
METHODS_UPPER = {m.upper() for m in METHODS}


def load_spec(path: Path) -> dict[str, Any]:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    data = json.loads(raw) if ".json" in path.suffixes else yaml.load(raw, Loader=_YAML_LOADER)
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: not an OpenAPI document")
    return data


def operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(METHOD, path) of every operation, with paths as written in the spec (no server or basePath)."""
    return [
        (method.upper(), path)
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in METHODS
        if method in item
    ]


_BLOCK_TAGS = r"</?(?:h[1-6]|p|div|li|tr|pre|section|dt|dd|br)\b[^>]*>"


def document_text(path: Path, fmt: Format) -> str:
    """The text a reader sees: HTML without scripts, styles and tags (so only server-rendered content counts),
    with its blocks (headings, paragraphs, list items, rows) on lines of their own."""
    text = path.read_text(encoding="utf-8")
    if fmt == "html":
        text = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", text, flags=re.DOTALL | re.IGNORECASE)
        text = re.sub(_BLOCK_TAGS, "\n", text, flags=re.IGNORECASE)
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    return text


def missing_operations(text: str, ops: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The operations `text` does not name: neither the method followed by the path (`[GET]/a`, `GET /a`, ...)
    nor the path alone on a line (a heading) with the method on a line of its own before the next such path."""
    flat = re.sub(r"\s+", " ", re.sub(r"[`\[\]]", "", text)).casefold()

    def pattern(method: str, path: str) -> str:  # a line break may fall inside a long path
        spelled = r"\s?".join(re.escape(c) for c in path.casefold())
        return rf"{method.casefold()}\s?{spelled}(?![\w{{}}/\-.?=&~:])"

    lines = [re.sub(r"[#`*\[\]]", "", line).strip() for line in text.splitlines()]
    paths = {path for _, path in ops}
    grouped: set[tuple[str, str]] = set()
    current: str | None = None
    for line in lines:
        if line in paths:
            current = line
        elif current is not None and line.upper() in METHODS_UPPER and line.isupper():
            grouped.add((line, current))
    return [op for op in ops if op not in grouped and not re.search(pattern(*op), flat)]
