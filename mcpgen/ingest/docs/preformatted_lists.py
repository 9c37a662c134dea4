"""A bullet list written inside a raw HTML `<pre>` block of a Markdown page, so that its columns stay aligned:

    <pre>
    - /login         - POST request with `username` and `password`
    - /token/refresh - POST request to refresh the access token
    </pre>

Markdown leaves the block as raw HTML (which the reader otherwise drops), but every line of it is a `- ` item:
it is the list the page would write without the tags, padded with spaces, so it is read as that list, one item a
line. A `<pre>` holding anything else (code, a diagram, a mix of items and other lines) is left as it is."""

from __future__ import annotations

import html
import re

_PRE = re.compile(r"<pre(?:\s[^>]*)?>(?P<body>.*?)</pre>", re.S | re.I)
_ITEM = re.compile(r"^\s*[-*]\s+(?P<text>\S.*?)\s*$")


def preformatted_lists(content: str) -> list[tuple[int, tuple[tuple[str, str], ...]]]:
    """(offset, items) for each `<pre>` block of a raw HTML block whose every non-blank line is a bullet item;
    each item's text with its padding collapsed to single spaces."""
    found = []
    for match in _PRE.finditer(content):
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group("body")))
        lines = [line for line in text.splitlines() if line.strip()]
        items = [_ITEM.match(line) for line in lines]
        if len(lines) >= 2 and all(items):
            found.append((match.start(), tuple(("", re.sub(r"\s{2,}", " ", m.group("text"))) for m in items if m)))
    return found
