"""An object written as one inline code span over several lines that a blank line runs through:

    Payload:
    `{
        "uid": "UID",
        "token": "TOKEN",

    }`

Some documents write a JSON example with single backticks rather than a fenced block: the span opens with the
line's last "`{" (or "`[") and closes with a line holding only "}`" (or "]`"). Inline code may run over line
breaks, so the same span without the blank line is one code span, read as the object it shows; a blank line
ends the paragraph, and CommonMark then prints both backticks as they are and the object's lines as prose. The
reader still sees one object: its fields are what the example sends, whatever blank line the author left in it.

So, before the Markdown is parsed, the blank lines inside such a span are moved to just after it (line numbers
after the span stay where they were). Only a span whose lines hold no backtick, whose brackets balance, and
which sits outside fenced code is rejoined: anything else is left as written.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"(?:^|\s)`[{\[]\s*$")
_CLOSE = re.compile(r"^\s*[}\]]\s*,?\s*`\s*$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_LONGEST = 60
"""Lines an object example of this kind takes at most: farther, the closing line belongs to something else."""


def _closing(lines: list[str], start: int) -> int | None:
    """The index of the line closing the span opened on `lines[start]`, when it is a span a blank line breaks."""
    for end in range(start + 1, min(len(lines), start + _LONGEST)):
        line = lines[end]
        if _CLOSE.match(line):
            inside = "".join(lines[start:end]) + line
            blank = any(not text.strip() for text in lines[start + 1 : end])
            balanced = inside.count("{") == inside.count("}") and inside.count("[") == inside.count("]")
            return end if blank and balanced else None
        if "`" in line:
            return None
    return None


def rejoined_code_spans(text: str) -> str:
    """`text` with the blank lines inside each broken object code span moved to after it."""
    if "`{" not in text and "`[" not in text:
        return text
    lines = text.split("\n")
    fenced = False
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and _OPEN.search(line) and (end := _closing(lines, index)) is not None:
            span = lines[index : end + 1]
            kept = [line for line in span if line.strip()]
            lines[index : end + 1] = kept + [""] * (len(span) - len(kept))
            index = end
        index += 1
    return "\n".join(lines)


__all__ = ["rejoined_code_spans"]
