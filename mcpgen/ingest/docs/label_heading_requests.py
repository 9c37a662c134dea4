"""A request stated by label headings: each field of the request is a small heading that is only a label, its value
the one block under it.

    ### deploy_dag
    ##### Endpoint:
    ```text
    http://{HOST}:{PORT}/api/v1/deploy_dag
    ```
    ##### Method:
    - POST
    ##### POST request Arguments:
    - dag_file - file - ...
    ##### Method:
    - GET
    ##### GET request Arguments:
    - dag_file_url - file - ...

The URL under "Endpoint:" ("URL:", "Route:") is the route, and the method under "Method:" (a one-item list or a
line) is the method it takes: the request line `POST http://{HOST}:{PORT}/api/v1/deploy_dag`, written where the URL
was. A further "Method:" heading under the same endpoint states the same URL with another method, and what follows
it (its own arguments, examples, response) describes that request: its request line is written under it. Without
this, the URL alone reads as a GET and every argument list of the part as that one route's.

Read only where the URL heading holds nothing but the URL (a path, or a full URL) and each method heading nothing
but a method, both headings being labels (a word or two and a colon at most); the method headings are read up to
the next heading above their level.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import METHODS

_MARKS = "*_`: \t"
_URL_LABEL = re.compile(r"(?i)(?:endpoint|url|uri|route|request\s+url|end\s*point\s+url)")
_METHOD_LABEL = re.compile(r"(?i)(?:http\s+|request\s+)?(?:method|verb)s?")
_URL = re.compile(r"(?:https?://[^\s/`]+)?/[^\s`]*")
_METHOD = re.compile(rf"(?:{'|'.join(METHODS)})")


def _label(title: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.fullmatch(title.strip(_MARKS)))


def _sole_value(section: Section) -> tuple[int, str] | None:
    """The index and text of the one block a label heading holds (a code block or a line, or a one-item list)."""
    blocks = [(i, b) for i, b in enumerate(section.blocks) if b.text.strip() or b.items]
    if len(blocks) != 1:
        return None
    index, block = blocks[0]
    if block.kind == "list":
        return (index, block.items[0][1].strip(_MARKS)) if len(block.items) == 1 else None
    text = block.text.strip()
    return (index, text.strip(_MARKS)) if block.kind in ("code", "text") and "\n" not in text else None


def label_heading_requests(doc: Document) -> Document:
    """`doc` with each URL a label heading states written as the request line of the method each later method
    label heading states (see the module)."""
    sections = list(doc.sections)
    for index, section in enumerate(sections):
        if not _label(section.title, _URL_LABEL):
            continue
        value = _sole_value(section)
        if value is None or not _URL.fullmatch(value[1]):
            continue
        url = value[1]
        parent = section.level - 1
        methods: list[tuple[int, str]] = []
        for later in range(index + 1, len(sections)):
            other = sections[later]
            if other.level <= parent or _label(other.title, _URL_LABEL):
                break
            said = _sole_value(other) if _label(other.title, _METHOD_LABEL) else None
            if said is not None and _METHOD.fullmatch(said[1].upper()):
                methods.append((later, said[1].upper()))
        if not methods:
            continue
        where = section.blocks[value[0]].where
        blocks = list(section.blocks)
        blocks[value[0]] = Block("code", where, text=f"{methods[0][1]} {url}")
        sections[index] = replace(section, blocks=blocks)
        sections[methods[0][0]] = replace(sections[methods[0][0]], blocks=[])
        for later, method in methods[1:]:
            other = sections[later]
            line = Block("code", other.blocks[0].where if other.blocks else other.where, text=f"{method} {url}")
            sections[later] = replace(other, blocks=[line])
    return replace(doc, sections=sections)


__all__ = ["label_heading_requests"]
