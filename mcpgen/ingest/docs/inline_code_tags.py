"""Inline HTML `<code>` elements in Markdown prose, read as the code spans they render as.

    - <code>GET /api/webhook/get/[WebHookShortname]</code>
    Return the selected WebHook.

A README may set a request line in code with the HTML element instead of backticks (`<code>POST /api/x</code>`,
in a list item, a paragraph or a table cell); rendered, it is the same monospaced span a backticked one is, and a
reader takes it as one. Markdown keeps inline HTML as source, so the element is written here as the code span it
shows: its text between backticks, HTML entities (`&lt;id&gt;`) undone. Only an element on one line holding text
alone is rewritten (no nested tags, no backtick); an element inside a code span is code shown, not a tag, and is
left as written, as are `<pre>` blocks and HTML blocks (read by `html_tables.py` and the other HTML readers).
"""

from __future__ import annotations

import html
import re

_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_CODE_TAG = re.compile(r"<code>(?P<text>[^<>`\n]+)</code>", re.I)


def _spans(text: str) -> str:
    return _CODE_TAG.sub(lambda m: "`" + html.unescape(m["text"]).strip() + "`", text)


def code_tags_as_spans(text: str) -> str:
    """`text` (an inline token's Markdown source) with each one-line `<code>` element outside code spans written
    as a code span."""
    if "<code>" not in text.lower():
        return text
    parts: list[str] = []
    position = 0
    for span in _CODE_SPAN.finditer(text):
        parts.extend((_spans(text[position : span.start()]), span.group(0)))
        position = span.end()
    parts.append(_spans(text[position:]))
    return "".join(parts)


__all__ = ["code_tags_as_spans"]
