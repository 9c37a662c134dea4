"""An example path shown alone in a code block whose query string carries exactly the query parameters the text
before it names:

    - **Sorting**, you can sort a resource response using query parameters `sortOrder` and `sortKey`.

        ```bash
        /kittens?sortOrder=ASC&sortKey=name
        ```

A path alone in a code block is usually an illustration, kept only where it fits a route the document states
(`example_paths.keep_fitting_examples`). But where the section's sentences name query parameters ("using query
parameters `a` and `b`", "with the query parameter `q`") and the path shown sets those very parameters and no
other, the block is the request the reader is told to send: a GET of that path (what a browser sends), with
those parameters, even if the page states the route nowhere else. A path with no query string, or one setting a
parameter the text does not name as a query parameter, stays an illustration; so does a path shown where the
text names no query parameters at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention

_NAMED = re.compile(
    r"\bquery[ -](?:param(?:eter)?s?|strings?|arguments?)\s*:?\s+"
    r"(?P<names>`[\w.-]+`(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)`[\w.-]+`)*)",
    re.I,
)


def named_query_parameters(doc: Document) -> list[set[str]]:
    """For each section, the names its sentences call query parameters (`page` and `pageSize` in "with query
    parameters `page` and `pageSize`")."""
    return [
        {
            name
            for block in section.blocks
            if block.kind in ("text", "list")
            for match in _NAMED.finditer(" ".join([block.text, *(text for _, text in block.items)]))
            for name in re.findall(r"`([\w.-]+)`", match["names"])
        }
        for section in doc.sections
    ]


def shows_named_query(mention: Mention, named: set[str]) -> bool:
    """Whether a path shown alone sets query parameters, every one of them named so in its section's text."""
    keys = {name for name, _, _ in mention.target.query}
    return bool(keys) and keys <= named
