"""A list of operations, each a bullet whose sub-bullets label its request's parts, one part a bullet:

    - **Create Order**
        - Endpoint: `/api/order/create`
        - Method: POST
        - Description: Create a new order.
    - **Update Orders**
        - **Change Email**
            - Endpoint: `/api/order/update/email`
            - Method: PUT

The title bullet names the operation; the labelled bullets under it (the path on one, the method on another, in
either order) state its request; a bullet over titles only groups them and carries no path. The list is read as
one section per operation, titled by its bullet, holding its labelled bullets: each then states one request as a
section's labelled fields do (`layouts.labelled_requests`), where a section that reads only the first path and the
first method of a list would pair the first two and lose the rest.

A list holding a single such request, or where a group of sibling bullets holds a path label without a method
label (an address, a link), is left as it is."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .chinese_labels import CJK_METHOD_LABEL, CJK_URL_LABEL
from .requests import METHODS

FIELD_LABEL = re.compile(
    r"^\s*[*_`]*(?P<label>(?:request |http |api )?(?:url|uri|endpoint|path|resource|route)"
    rf"|(?:http |request )?method|verb|{CJK_URL_LABEL}|{CJK_METHOD_LABEL})[*_`]*\s*[:\uff1a]\s*[*_`]*\s*"
    r"(?P<value>\S.*?)\s*[*_`]*\s*$",
    re.I,
)
"""A field of a request written as a label and its value (`**URL:** /1.0/listeners`, `Method: GET`, also in Chinese)."""
_ONE_METHOD = f"(?:{'|'.join(METHODS)})"
_METHOD_VALUE = re.compile(rf"[`*_\s]*{_ONE_METHOD}(?:\s*(?:[,/|]|or)\s*{_ONE_METHOD})*[`*_\s]*", re.I)
_PATH_VALUE = re.compile(r"[`*_\s]*(?:https?://\S+)?/\S*[`*_\s]*")


def labels_method(label: str) -> bool:
    """Whether a field label names the request's method (else its URL or path)."""
    return re.search(rf"method|verb|{CJK_METHOD_LABEL}", label, re.I) is not None


def _kind(text: str) -> str:
    """ "url" for a bullet labelling a path, "method" for one labelling methods, "" for any other."""
    match = FIELD_LABEL.match(text)
    if match is None:
        return ""
    if labels_method(match["label"]):
        return "method" if _METHOD_VALUE.fullmatch(match["value"]) else ""
    return "url" if _PATH_VALUE.fullmatch(match["value"]) else ""


def _groups(items: tuple[tuple[str, str], ...]) -> list[tuple[int, int]] | None:
    """(start, end) of each run of sibling bullets that labels one request: a path and a method, each once;
    None when some run labels a path without a method (or the list labels fewer than two requests)."""
    kinds = [_kind(text) for _, text in items]
    groups: list[tuple[int, int]] = []
    index = 0
    while index < len(items):
        if not kinds[index]:
            index += 1
            continue
        depth = len(items[index][0])
        start = index
        while start > 0 and len(items[start - 1][0]) == depth and not _title(items[start - 1][1]):
            start -= 1
        end = index
        while end < len(items) and len(items[end][0]) == depth:
            end += 1
        labelled = [kinds[i] for i in range(start, end) if kinds[i]]
        if sorted(labelled) != ["method", "url"]:
            return None
        groups.append((start, end))
        index = end
    return groups if len(groups) > 1 else None


def _title(text: str) -> bool:
    """A bullet that is only a bold title (`**Create Order**`): it opens an operation, not a part of one."""
    return bool(re.fullmatch(r"\*\*[^*]+\*\*:?|__[^_]+__:?", text.strip()))


def labelled_groups(doc: Document) -> Document:
    """`doc` with each list of several labelled requests split into one section per request (see the module)."""
    sections: list[Section] = []
    for section in doc.sections:
        at = next((i for i, b in enumerate(section.blocks) if b.kind == "list" and _groups(b.items) is not None), None)
        if at is None:
            sections.append(section)
            continue
        block = section.blocks[at]
        groups = _groups(block.items) or []
        sections.append(replace(section, blocks=section.blocks[:at]))
        previous = 0
        for number, (start, end) in enumerate(groups):
            last = number == len(groups) - 1
            items = block.items[start:end] if not last else block.items[start:]
            title = next(
                (text.strip(" *_:") for _, text in reversed(block.items[previous:start]) if text.strip()), ""
            ) or next(text for _, text in items if _kind(text) == "url")
            where = block.where
            blocks = [Block("list", where, items=tuple(("", text) for _, text in items))]
            if last:
                blocks.extend(section.blocks[at + 1 :])
            sections.append(Section(title, max(section.level, 0) + 1, (*section.path, title), where, blocks))
            previous = end
    return replace(doc, sections=sections)
