"""Parameter lists and request bodies a section takes from another section by naming it.

"Same as `render.html`_ plus the following ones:", "Arguments for this endpoint are the same as for render.html,
plus the following:" (the other section's parameters, then this one's own), "This endpoint is the same as
`execute`, but ...", "- Data: same as POST `/api/job`" (a section that lists none of its own: all of the other's,
its example bodies included). The section named is found by its title, or by the request line its title states.
Inheritance is followed through chains (`render.jpeg` is `render.png` plus one, which is `render.html` plus four).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .declarations import is_declaration
from .lead_ins import lead_in
from .params import context_location, from_list, is_param_table
from .relative_refs import relative_keys
from .requests import object_sketch, parse_json_lines, path_key, request_lines, split_target

_SAME_AS = re.compile(
    r"\bsame\s+(?:(?:parameters|arguments|params|options|fields|body|data|payload)\s+)?as\s+"
    r"(?:(?:for|in|with|that\s+of|those\s+(?:of|for))\s+)?(?P<ref>\S.*?)"
    r"(?=\s*(?:[,;]|:(?!\w)|\.(?:\s|$)|\s+(?:plus|but|and|with|except|endpoint|route|operation)\b|$))",
    re.I,
)
# ", plus the following:", "plus the following ones", "and these:": the section's own list follows
_PLUS = re.compile(r"^\s*,?\s*(?:plus|and|with|in\s+addition\s+to)\b[^.]{0,40}\b(?:following|below|these)\b", re.I)
# "This endpoint is the same as X", "Arguments are the same as for X": the whole request is the other's
_WHOLE = re.compile(
    r"\b(?:this|the)\s+(?:endpoint|route|operation|request|call)\b|"
    r"\b(?:arguments|parameters|params|options|fields|body|data|payload)\b",
    re.I,
)
_RESPONSE = re.compile(r"\b(?:returns?|response|result|output|replies)\b", re.I)
_TAKES = re.compile(r"\b(?:takes?|accepts?|expects?|receives?)\b", re.I)
_LABEL = re.compile(r"^[^.]{1,60}:[*_]*$")  # `Query parameters:`, `**Query Parameters:**`


def inherited_parameters(doc: Document) -> Document:
    """Each section that says its parameters are another section's gets copies of that section's parameter
    lists (with the label over each) where it says so."""
    titles: dict[str, int] = {}
    for index, section in enumerate(doc.sections):
        for key in (k for name in (section.title, *section.aliases) for k in _keys(name)):
            titles.setdefault(key, index)  # its title, or a label a link names it by
    if not any(_SAME_AS.search(t) for s in doc.sections for b in s.blocks for t in _texts(b)):
        return doc
    resolved: dict[int, list[Block]] = {}

    def blocks_of(index: int, seen: frozenset[int]) -> list[Block]:
        if index not in resolved:
            section = doc.sections[index]
            blocks: list[Block] = []
            own = any(_parameter_block(b, a) for a, b in zip([None, *section.blocks], section.blocks, strict=False))
            for block in section.blocks:
                target = _target(block, titles, own=own, title=section.title)
                if target is not None and target != index and target not in seen:
                    blocks.extend(_material(blocks_of(target, seen | {index})))
                blocks.append(block)
            resolved[index] = blocks
        return resolved[index]

    sections: list[Section] = []
    for index, section in enumerate(doc.sections):
        blocks = blocks_of(index, frozenset())
        sections.append(section if len(blocks) == len(section.blocks) else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _target(block: Block, titles: dict[str, int], *, own: bool, title: str) -> int | None:
    """The section whose parameters `block` says its section (titled `title`) takes, if it says so."""
    for sentence in (s for text in _texts(block) for s in re.split(r"(?<=[.;!?])\s+", text)):
        match = _SAME_AS.search(sentence)
        if match is None:
            continue
        before = sentence[: match.start()]
        if _RESPONSE.search(before) and not _TAKES.search(before):
            continue  # "Returns the same fields as X" (but "Takes and returns the same parameters as X" takes)
        keys = [*_keys(match["ref"]), *relative_keys(match["ref"], title)]
        target = next((titles[k] for k in keys if k in titles), None)
        if target is None:
            continue
        if _PLUS.match(sentence[match.end() :]) or (not own and _WHOLE.search(sentence[: match.start("ref")])):
            return target
    return None


def _texts(block: Block) -> list[str]:
    """The sentences of a paragraph or of a list's items ("- Data: same as POST `/api/job`")."""
    if block.kind == "text":
        return [block.text]
    return [text for _, text in block.items] if block.kind == "list" else []


def _keys(text: str) -> list[str]:
    """How a title, or a reference to it, is compared: its words without marks, and the request line it states."""
    bare = re.sub(r"[`*]+", "", text).strip(" _'\"\u2018\u2019\u201c\u201d")
    keys = [bare.lower()] if bare else []
    lines = request_lines(text)
    if len(lines) == 1:
        _, method, raw = lines[0]
        keys.append(f"{method} {path_key(split_target(raw).path)}")
    return keys


def _body_code(block: Block, before: Block | None) -> bool:
    if before is not None and before.kind == "text" and _RESPONSE.search(before.text):
        return False
    values = parse_json_lines(block.text)
    if len(values) == 1:
        return isinstance(values[0], dict)
    return not values and (bool(object_sketch(block.text)) or is_declaration(block.text))  # `{ reason: tstr }`


def _parameter_block(block: Block, before: Block | None = None) -> bool:
    """A parameter list or table; a list of one item counts under a label that says what it lists."""
    if block.kind == "deflist" or (block.kind == "table" and is_param_table(block)):
        return True
    labelled = (
        before is not None
        and before.kind == "text"
        and bool(_LABEL.match(before.text.strip()))
        and context_location([before.text]) not in (None, "response")
    )
    return block.kind == "list" and bool(from_list(block, "", labelled=labelled))


def _material(blocks: list[Block]) -> list[Block]:
    """The parameter lists among `blocks`, each with the label right before it (`Query parameters:`), and the
    request bodies written as code (a JSON or JavaScript object not labelled as a response)."""
    found: list[Block] = []
    for index, block in enumerate(blocks):
        before = blocks[index - 1] if index else None
        if not (_parameter_block(block, before) or (block.kind == "code" and _body_code(block, before))):
            continue
        if before is not None and before.kind == "text" and _LABEL.match(before.text.strip()) and before not in found:
            found.append(before)
        elif before is not None and before.kind == "text" and (clause := lead_in(before.text)):
            found.append(replace(before, text=clause))  # "... The request body MUST validate against this schema:"
        found.append(block)
    return found
