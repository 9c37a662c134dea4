"""A base URL stated with a placeholder for its host: `Base URL: http://<your-instance-hostname>/api/` over
request lines written relative to it (`GET /habits`). The host is each reader's own deployment, so no server
is stated; the base's path (`/api`) is still part of every route, which the request lines leave out."""

from __future__ import annotations

import re

from .blocks import Document

_PLACEHOLDER_BASE = re.compile(
    r"(?im)\b(?:base|root|api|service)[ _-]?(?:url|uri|endpoint)\b\s*[:=]?\s*[`\"']?"
    r"(?:https?://)?<[^<>\n/]+>(?::(?:\d+|<[^<>\n/]+>))?(?P<path>(?:/[\w.~-]+)+)/?[`\"']?\s*$"
)
"""A label line whose URL's host (and port) is an angle-bracket placeholder and which has a path of literal
segments: `Base URL: http://<host>/api/`, `API endpoint: <server>:<port>/v2`."""


def placeholder_base_path(doc: Document) -> str:
    """The path of the one base URL the document states with a placeholder host (`/api`), or "" when it states
    none, or several different ones (then which routes sit under which is not said)."""
    paths = {
        match["path"]
        for section in doc.sections
        for block in section.blocks
        if block.kind in ("text", "code", "list")
        for text in (block.text, *(t for item in block.items for t in item))
        for match in _PLACEHOLDER_BASE.finditer(text)
    }
    return paths.pop() if len(paths) == 1 else ""


def under_base(path: str, prefix: str) -> str:
    """`path` under the base's path `prefix`, unless it is written from the origin already (`/api/x`)."""
    if path == prefix or path.startswith(prefix + "/"):
        return path
    return prefix + path if path != "/" else prefix


__all__ = ["placeholder_base_path", "under_base"]
