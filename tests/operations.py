"""What an extracted OpenAPI operation takes, as the docs tests compare it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mcpgen.diagnostics import Diagnostics
from mcpgen.ingest.docs import extract_openapi


def params_of(operation: dict[str, Any]) -> dict[tuple[str, str], bool]:
    """(name, location) -> required, for the operation's parameters and its request body's top-level fields."""
    found = {(p["name"], p["in"]): bool(p.get("required")) for p in operation.get("parameters", [])}
    for media in operation.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        for name in schema.get("properties", {}):
            found[(name, "body")] = name in schema.get("required", [])
    return found


def extracted_paths(tmp_path: Path, name: str, text: str) -> dict[str, Any]:
    """The `paths` of the OpenAPI document extracted from `text`, written to `tmp_path / name`."""
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    return extract_openapi(doc, Diagnostics())["paths"]


def extracted_operations(tmp_path: Path, text: str, name: str = "README.md") -> dict[tuple[str, str], dict[str, Any]]:
    """(METHOD, path) -> operation, for the OpenAPI document extracted from `text` written to `tmp_path / name`."""
    return {
        (method.upper(), path): op
        for path, item in extracted_paths(tmp_path, name, text).items()
        for method, op in item.items()
        if isinstance(op, dict) and "responses" in op
    }
