"""Sections that say they only illustrate ("This section is non-normative", "Sample Interactions"): the requests they
show are uses of the routes the document states elsewhere, not routes of their own. A request shown there that
fits none of those routes (an older spelling, `GET /storage/v1/immutable/AAAA?share=7`) is left out; one that fits
stays, as an example of its route."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .mentions import block_mentions
from .requests import parse_http, request_lines, split_target

_NON_NORMATIVE = re.compile(r"(?i)\b(?:non-?normative|not\s+normative|(?:informative|illustrative)\s+only)\b")


def non_normative_examples(doc: Document) -> Document:
    """`doc` without the code blocks of its non-normative sections (and their subsections) whose every request
    fits no route the rest of the document states, when the rest states some."""
    marked = [s.path for s in doc.sections if s.path and any(_says_non_normative(b) for b in s.blocks)]
    if not marked:
        return doc
    inside = [any(s.path[: len(m)] == m for m in marked) for s in doc.sections]
    routes = _stated_routes([s for s, illustrative in zip(doc.sections, inside, strict=True) if not illustrative])
    if not routes:
        return doc
    sections: list[Section] = []
    for section, illustrative in zip(doc.sections, inside, strict=True):
        blocks = [b for b in section.blocks if not (illustrative and _unfitting(b, routes))]
        sections.append(section if len(blocks) == len(section.blocks) else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _says_non_normative(block: Block) -> bool:
    return block.kind == "text" and bool(_NON_NORMATIVE.search(block.text))


def _stated_routes(sections: list[Section]) -> dict[str, list[list[str]]]:
    """The routes the sections state (request lines in titles, code, text, lists and tables; not sentences that
    name one in passing), by method, as segment lists."""
    found: dict[str, list[list[str]]] = {}
    for section in sections:
        stated = [(method, raw) for _, method, raw in request_lines(section.title)]
        stated += [
            (m.method, m.target.path)
            for block in section.blocks
            for m in block_mentions(block)
            if m.kind in ("line", "table") and not m.prose
        ]
        for method, raw in stated:
            found.setdefault(method, []).append(split_target(raw).path.split("/"))
    return found


def _unfitting(block: Block, routes: dict[str, list[list[str]]]) -> bool:
    """A code block of requests (a raw HTTP exchange, or request lines) none of which fits a stated route."""
    if block.kind != "code":
        return False
    request = parse_http(block.text)
    shown = [(request.method, request.target.path)] if request else []
    shown += [(method, split_target(raw).path) for _, method, raw in request_lines(block.text)]
    return bool(shown) and not any(_fits(path.split("/"), routes.get(method, [])) for method, path in shown)


def _fits(segments: list[str], routes: list[list[str]]) -> bool:
    return any(
        len(route) == len(segments)
        and all(r == s or ("{" in r and s) or ("{" in s and "{" in r) for r, s in zip(route, segments, strict=True))
        for route in routes
    )
