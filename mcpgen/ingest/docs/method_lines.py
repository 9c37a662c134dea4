"""A page that writes each route as a path alone in a code block and gives its method on a label line further on:

    ```txt
    /receive
    ```
    Endpoint to get data that was recently received.

    Method: GET, POST

    Arguments (POST only):

    - "num_before" (int) (optional): ...

The path is a route of each method the label names (not an example path of a GET), and what follows it, up to the
next such path, describes it: one section per method, titled by its request line. A parameter label restricted to
some methods ("Arguments (POST only):", "Parameters (PUT only)") keeps its list for those methods' sections."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import METHODS

_METHOD = "|".join(METHODS)
_ONE = rf"`?(?:{_METHOD})`?"
_METHODS = rf"{_ONE}(?:\s*(?:,|/|\bor\b|\band\b|&)\s*{_ONE})*"
_METHOD_LINE = re.compile(
    rf"^[*_`]*(?:http\s+)?(?:methods?|verbs?)[*_`]*\s*:[*_`\s]*(?P<methods>{_METHODS})[*_`.\s]*$", re.I
)
_ONLY_LABEL = re.compile(
    rf"(?i)^[*_`]*(?:arguments?|param(?:eter)?s?|fields?|body|options|inputs?)\b[^()\n]{{0,30}}"
    rf"\((?P<methods>{_METHODS})\s+only\)[*_`]*\s*:?[*_`]*$"
)
_LONE_PATH = re.compile(r"^/[^\s`]*$")


def _method_line(block: Block) -> list[str]:
    match = _METHOD_LINE.match(block.text.strip()) if block.kind == "text" else None
    return re.findall(rf"\b(?:{_METHOD})\b", match["methods"].upper()) if match else []


def _lone_path(block: Block) -> str:
    text = block.text.strip()
    return text if block.kind == "code" and _LONE_PATH.match(text) else ""


def _for_method(blocks: list[Block], method: str) -> list[Block]:
    """`blocks` without their method line, and without a label restricted to other methods and the block after it."""
    kept: list[Block] = []
    skip = False
    for block in blocks:
        if skip:
            skip = False
            if block.kind in ("list", "table", "deflist", "code"):
                continue
        if _method_line(block):
            continue
        only = _ONLY_LABEL.match(block.text.strip()) if block.kind == "text" else None
        if only and method not in re.findall(rf"\b(?:{_METHOD})\b", only["methods"].upper()):
            skip = True
            continue
        kept.append(block)
    return kept


def method_labelled_paths(doc: Document) -> Document:
    """`doc` with each path alone in a code block whose method a later label line names (before the next such
    path) made one section per method, titled `METHOD /path`, holding what follows the path."""
    sections: list[Section] = []
    for section in doc.sections:
        paths = [i for i, b in enumerate(section.blocks) if _lone_path(b)]
        bounds = zip(paths, [*paths[1:], len(section.blocks)], strict=False)
        labelled = [
            (s, ms)
            for s, e in bounds
            if (ms := next((_method_line(b) for b in section.blocks[s:e] if _method_line(b)), []))
        ]
        ends = [s for s, _ in labelled[1:]] + [len(section.blocks)]
        heads = [(s, e, ms) for (s, ms), e in zip(labelled, ends, strict=False)]
        if not heads:
            sections.append(section)
            continue
        sections.append(replace(section, blocks=section.blocks[: heads[0][0]]))
        for start, end, methods in heads:
            path = _lone_path(section.blocks[start])
            for method in dict.fromkeys(methods):
                title = f"{method} {path}"
                blocks = _for_method(section.blocks[start + 1 : end], method)
                where = section.blocks[start].where
                sections.append(Section(title, max(section.level, 0) + 1, (*section.path, title), where, blocks))
    return replace(doc, sections=sections)
