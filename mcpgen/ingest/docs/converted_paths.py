"""Paths a page says a URL is converted to: file locations of another system, not routes of the API.

    Use `make_vsi` to convert a URL into a VSI path:
    - `s3://bucket/key.tif` to `/vsis3/bucket/key.tif`
    - `https://...` to `/vsicurl?...`
    When `true`, `make_vsi` maps `http`/`https` URLs to `/vsis3/` instead of `/vsicurl/`.

A page that writes its routes as code in sentences and list items (`mentions.coded_templates`: no request line,
no list of paths) may also write, as code, where a library turns a URL: a storage URL (`s3://bucket/key`), or a
kind of URL (`http`/`https` URLs), then "to", "into" or an arrow, then a path. That path is the name the other
system gives the same file (a virtual file system's `/vsis3/bucket/key`), what a value becomes, never a request
the API answers; so is every coded path under the same first segment (`/vsis3/`, "a `/vsis3/` path"), the page's
name for that system. A conversion whose source is a plain path (`/old` to `/new`: a redirect, a rename) is not
read here.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_CONVERTED = re.compile(
    # "`s3://bucket/key` → `/vsis3/bucket/key`", "`https://...` or `http://...` to `/vsicurl?...`"
    r"`[a-z][a-z0-9+.-]*://[^`\s]*`(?:\s*(?:or|and|,)\s*`[a-z][a-z0-9+.-]*://[^`\s]*`)*"
    r"\s*(?:to|into|\u2192|->|=>)\s*`(?P<path>/[^`\s]*)`"
    # "maps `http`/`https` URLs to `/vsis3/` instead of `/vsicurl/`"
    r"|`[a-z][a-z0-9+.-]*`(?:\s*(?:/|,|or|and)\s*`[a-z][a-z0-9+.-]*`)*\s+URLs?\s+(?:to|into)\s+"
    r"`(?P<kind>/[^`\s]*)`(?:\s+instead\s+of\s+`(?P<other>/[^`\s]*)`)?"
)


def _first(path: str) -> str:
    return re.split(r"[/?]", path.lstrip("/"), maxsplit=1)[0]


def converted_heads(doc: Document) -> set[str]:
    """The first segments of the paths `doc` says URLs are converted to (`vsis3` of `/vsis3/bucket/key`)."""
    heads: set[str] = set()
    for section in doc.sections:
        for block in section.blocks:
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for match in (m for text in texts for m in _CONVERTED.finditer(text)):
                heads.update(_first(p) for p in match.group("path", "kind", "other") if p)
    return heads - {""}


def without_converted(doc: Document, coded: list[list[Mention]]) -> list[list[Mention]]:
    """`coded` (each section's coded paths) without those under a segment `doc` says URLs are converted to."""
    heads = converted_heads(doc)
    if not heads:
        return coded
    return [[m for m in found if _first(m.target.path) not in heads] for found in coded]
