"""Required flags a page states without a required column: a list that marks some keys "(optional)" (the others
are required, where the page never marks a key required), RFC 2119 sentences ("The request MUST include a
``X-Tahoe-Authorization`` header", "MUST include a *Content-Range* header field"), and a schema the body "MUST
validate against" (its keys required unless marked optional, as a declaration's are)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_MARKED_OPTIONAL = re.compile(r"(?i)\((?:[^()]*[,;]\s*)?optional\b[^()]*\)")
_MARKED_REQUIRED = re.compile(r"(?i)\((?:[^()]*[,;]\s*)?(?:required|mandatory)\b[^()]*\)")
_NAMED_ITEM = re.compile(
    r"^(?:`[A-Za-z_][\w.\[\]-]*`|\*\*[A-Za-z_][\w.\[\]-]*\*\*|\"[A-Za-z_][\w.\[\]-]*\"(?![\w=])"
    r"|[A-Za-z_][\w.\[\]]*(?:-[\w.\[\]]+)*(?=\s*(?:\([^()]*\)\s*)?[-\u2013\u2014]\s))"
)
"""A key named in code, in bold or quoted, or bare before a dash that opens what it is (`dag_file - file - ...`,
`dag_id (optional)- string - ...`: the dashed item of a typed argument list)."""
_OWN_OPTIONAL = re.compile(r"(?i)^[^()]*\([^()]*\)\s*\(\s*optional\s*\)\s*$")
"""`"ending" (str) (optional)`: the optional mark a bracket of its own after the type's, a flag the page sets."""


def optional_marks_imply_required(doc: Document) -> Document:
    """A list of fields, each a key named alone in code or bold (not an assignment, `page=N`) or bare before a dash
    (`name (optional) - type - what it is`), that marks some
    "(optional)" and says nothing else of the others (no bracket after their names), in a document that never
    marks a field "(required)": the unmarked ones are required, and are written so (`` `invite-code` (required):
    the wormhole code ``). Where the document marks required fields itself, or every item has a bracket of facts
    (`name (string)` beside `match_by ([string], optional)`), an unmarked field is only not said to be optional,
    and is left as it is."""
    lists = [b for s in doc.sections for b in s.blocks if b.kind == "list"]
    if any(_MARKED_REQUIRED.search(text) for b in lists for _, text in b.items):
        return doc
    changed: dict[int, Block] = {}
    for block in lists:
        items = [(term, text) for term, text in block.items if not term.strip()]
        marked = [text for _, text in items if _MARKED_OPTIONAL.search(_head(text))]
        others = [text for _, text in items if text not in marked]
        if not marked or not others or not all(_NAMED_ITEM.match(t.strip()) for _, t in items):
            continue
        # (where each marked item sets "(optional)" apart from its type's bracket, `"ending" (str) (optional)`,
        # the flag is missing from the others, `"data" (str, list)`, which are required)
        flagged = all(_OWN_OPTIONAL.match(_head(t).strip()) for t in marked)
        if any(re.search(r"(?i)\boptional", t) for t in others):
            continue
        if not flagged and any("(" in _head(t) for t in others):
            continue
        if flagged and not all(re.fullmatch(r"[^()]*\([^()]*\)\s*", _head(t).strip()) for t in others):
            continue
        mark = _flagged_required if flagged else _required
        rewritten = tuple(
            (term, mark(text) if not term.strip() and text in others else text) for term, text in block.items
        )
        changed[id(block)] = replace(block, items=rewritten)
    return doc.with_blocks(changed)


def _required(item: str) -> str:
    name = _NAMED_ITEM.match(item.strip())
    return f"{name.group(0)} (required){item.strip()[name.end() :]}" if name else item


def _flagged_required(item: str) -> str:
    head = _head(item.strip())
    return f"{head.rstrip()} (required){item.strip()[len(head) :]}"


def _head(item: str) -> str:
    """An item's name and what is bracketed after it: the text before its separator (`:`, ` - `, a dash)."""
    return re.split(r":\s|\s[-\u2013\u2014]\s", item, maxsplit=1)[0]


_QUOTE = r"[`*'\"]+"
_MUST_INCLUDE = re.compile(
    r"\b(?:the\s+)?(?:request|client)s?\s+(?:MUST|SHALL|must|shall)\s+(?:always\s+)?(?:include|send|contain|carry|set)"
    rf"\s+(?:an?\s+|the\s+)?{_QUOTE}(?P<name>[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+){_QUOTE}"
    r"\s+(?:HTTP\s+|request\s+)?header"
)
""""The request MUST include a ``X-Tahoe-Authorization`` header", "... MUST include a *Content-Range* header field"."""


def must_include_headers(text: str) -> list[str]:
    """Headers a sentence says the request must include."""
    return [m["name"] for m in _MUST_INCLUDE.finditer(text)]


_SCHEMA_LABEL = re.compile(r"(?i)\b(?:must|shall)\s+(?:validate|conform|match)\b[^.]{0,40}\bschema\b")


def schema_labelled(label: str) -> bool:
    """A label saying the code after it is the schema the body must validate against (not an example of it)."""
    return bool(_SCHEMA_LABEL.search(label))


def schema_text(text: str, labels: list[str]) -> str:
    """A code block's text to read as an object sketch: under a label saying the body must validate against it,
    its first top-level object only (a schema language's rules for names it uses may follow the object:
    `share_number = uint`)."""
    if not (labels and schema_labelled(labels[0])) or not text.lstrip().startswith("{"):
        return text
    depth = 0
    for index, char in enumerate(text):
        depth += 1 if char in "{[" else -1 if char in "}]" else 0
        if depth == 0 and char == "}":
            return text[: index + 1]
    return text
