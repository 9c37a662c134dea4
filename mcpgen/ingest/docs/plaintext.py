"""Plain-text documentation (a `.txt` file: no markup at all) reduced to sections and blocks.

Read as Markdown, plain text goes wrong: a tab-indented line is a code block, `<dbid>` is raw HTML and
disappears, `1. Server Info` is a list, `*` and `_` are emphasis. Here only what plain text itself means:

- a heading is a line standing alone between blank lines that is numbered (`1. Server Info`, `IV. Overview`,
  `2.3 Limits`), opens with a division word (`PART 1 - Overview`, `Appendix A - Codes`, `Chapter 2: Usage`),
  or is underlined (`Overview` over `========` or `--------`);
- a label line (`Request: ...`, `Description: ...`) at the left margin is a paragraph of its own; the indented
  lines after it continue it (wrapped prose at the first indentation, anything indented deeper is verbatim:
  an example, a tree, a table), as does a line at the margin that is no label (a value wrapped over lines);
- a paragraph whose lines open with a bullet (`-`, `*`, `+`, `o`) or a number (`1.`) is a list;
- an indented paragraph is verbatim (a code block: diagrams, examples, tab-aligned tables) unless it reads as
  sentences; any other paragraph is text, its lines kept.
"""

from __future__ import annotations

import re

from .blocks import Block, Document, Where
from .request_urls import labelled_url
from .requests import request_lines

_DIVISION = re.compile(r"^(?:part|chapter|appendix|annex|section)\s+[\w.]+\s*(?:[-:.\u2013\u2014]\s*\S.*)?$", re.I)
_NUMBERED = re.compile(r"^(?P<number>[IVXLC]+\.|\d+(?:\.\d+)*\.?)\s+(?P<title>[A-Za-z(].*)$")
_RULE = re.compile(r"^(?P<char>[=\-~^*#])(?P=char){2,}\s*$")
_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,3}\s*:(?:\s|$)")
_BULLET = re.compile(r"^\s*(?:[-*+o\u2022]|\d{1,2}[.)])\s+\S")
_MAX_TITLE = 80


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def _heading(lines: list[str]) -> tuple[str, int] | None:
    """(title, level) of a paragraph that is a heading."""
    if len(lines) == 2 and _RULE.match(lines[1].strip()) and lines[0].strip() and _indent(lines[0]) == 0:
        char = lines[1].strip()[0]
        if len(lines[1].strip()) >= 0.5 * len(lines[0].strip()):
            return lines[0].strip(), {"=": 1, "#": 1, "-": 2}.get(char, 3)
    if len(lines) != 1 or _indent(lines[0]) > 0:
        return None
    title = lines[0].strip()
    if len(title) > _MAX_TITLE or title[-1] in ".,;:" or len(title.split()) > 12:
        return None
    if _DIVISION.match(title):
        return title, 1
    numbered = _NUMBERED.match(title)
    if numbered is None:
        return None
    number = numbered["number"]  # (the number orders the headings; the words are the title)
    if re.fullmatch(r"[IVXLC]+\.", number):
        return numbered["title"], 2
    return numbered["title"], 2 + number.rstrip(".").count(".") + 1


def _sentences(lines: list[str]) -> bool:
    """Indented lines that read as wrapped prose, not as something laid out."""
    text = " ".join(line.strip() for line in lines)
    aligned = any(re.search(r"\S(?:\t| {3,})\S", line.strip()) for line in lines)
    return not aligned and len(text.split()) >= 8 and text[-1] in ".!?)" and text[0].isalpha()


def _dedent(lines: list[str]) -> str:
    expanded = [line.expandtabs(8) for line in lines]
    least = min((_indent(line) for line in expanded if line.strip()), default=0)
    return "\n".join(line[least:].rstrip() for line in expanded)


def _paragraphs(text: str) -> list[tuple[int, list[str]]]:
    """(first line number, lines) of each run of non-blank lines."""
    found: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            found.append((start, current))
            current = []
    if current:
        found.append((start, current))
    return found


def _labelled(doc: Document, file: str, start: int, lines: list[str]) -> None:
    """A paragraph at the margin: each label line with what continues it, or the lines as one text."""
    groups: list[tuple[int, list[str]]] = []
    for offset, line in enumerate(lines):
        if not groups or (_indent(line) == 0 and _LABEL.match(line)):
            groups.append((start + offset, [line]))
        else:
            groups[-1][1].append(line)
    for line_number, group in groups:
        head = [group[0]]
        rest = group[1:]
        while rest and _indent(rest[0]) == 0:  # a value wrapped to the margin
            head.append(rest.pop(0))
        where = Where(file, line_number)
        open_label = bool(_LABEL.match(group[0])) and group[0].rstrip().endswith(":")
        if open_label or not rest:  # `Content:` over an indented tree: the tree is laid out
            doc.add(Block("text", where, text="\n".join(h.strip() for h in head)))
            if rest:
                doc.add(Block("code", Where(file, line_number + len(head)), text=_dedent(rest)))
            continue
        base = _indent(rest[0])
        text = [h.strip() for h in head]
        verbatim: list[str] = []
        for line in rest:
            if _indent(line) > base:
                verbatim.append(line)
                continue
            if verbatim:
                doc.add(Block("text", where, text="\n".join(text)))
                doc.add(Block("code", where, text=_dedent(verbatim)))
                text, verbatim = [], []
            text.append(line.strip())
        if text:
            doc.add(Block("text", where, text="\n".join(text)))
        if verbatim:
            doc.add(Block("code", where, text=_dedent(verbatim)))


def _items(lines: list[str]) -> tuple[tuple[str, str], ...]:
    items: list[list[str]] = []
    for line in lines:
        if _BULLET.match(line) or not items:
            items.append([re.sub(r"^\s*(?:[-*+o\u2022]|\d{1,2}[.)])\s+", "", line).strip()])
        else:
            items[-1].append(line.strip())
    return tuple(("", " ".join(item)) for item in items)


def reduce_plaintext(text: str, file: str) -> Document:
    doc = Document(file=file)
    paragraphs = _paragraphs(text.replace("\r\n", "\n"))
    if paragraphs and all(_indent(line) > 0 for line in paragraphs[0][1]) and len(paragraphs[0][1]) <= 4:
        doc.title = paragraphs[0][1][0].strip()  # a title set in the middle of the page, over its subtitle
        paragraphs = paragraphs[1:]
    for start, lines in paragraphs:
        where = Where(file, start)
        heading = _heading(lines)
        if heading is not None:
            doc.add_section(heading[0], heading[1], where)
        elif all(_BULLET.match(line) or _indent(line) > _indent(lines[0]) for line in lines) and _BULLET.match(
            lines[0]
        ):
            doc.add(Block("list", where, items=_items(lines)))
        elif _indent(lines[0]) > 0:
            kind = "text" if _sentences(lines) else "code"
            body = " ".join(line.strip() for line in lines) if kind == "text" else _dedent(lines)
            doc.add(Block(kind, where, text=body))
        else:
            _labelled(doc, file, start, lines)
    return doc


def reads_as_api(text: str) -> bool:
    """A plain-text page states requests: a request line (`GET /pets`), a `curl` command, or a `Request:` label
    line giving a URL. A licence, a list of requirements or release notes do not."""
    return bool(
        request_lines(text)
        or re.search(r"(?m)^\s*(?:\$\s*)?curl\s+\S", text)
        or any(labelled_url(line) for line in text.split("\n"))
    )


__all__ = ["reads_as_api", "reduce_plaintext"]
