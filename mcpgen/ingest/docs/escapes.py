"""Markdown's backslash escapes of angle brackets, read as the brackets they stand for.

A page that writes a placeholder outside code must escape its brackets (`GET /faults/\\<int:id\\>`), or Markdown
takes `<int:id>` for an HTML tag; rendered, the reader sees `<int:id>`. Inline text keeps its Markdown source, so
the escapes are undone here, outside code spans (where a backslash is a backslash), and nothing else changes.
"""

from __future__ import annotations

import re

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_ESCAPED_ANGLE = re.compile(r"\\([<>])")


def unescaped_angles(text: str) -> str:
    """`text` with each `\\<` and `\\>` outside code spans written `<` and `>`."""
    if "\\" not in text:
        return text
    parts: list[str] = []
    position = 0
    for span in _CODE_SPAN.finditer(text):
        parts.extend((_ESCAPED_ANGLE.sub(r"\1", text[position : span.start()]), span.group(0)))
        position = span.end()
    parts.append(_ESCAPED_ANGLE.sub(r"\1", text[position:]))
    return "".join(parts)
