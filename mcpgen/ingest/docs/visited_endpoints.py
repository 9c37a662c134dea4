"""A sentence that sends the reader to an endpoint of the API by visiting it:

    Note, a biscuit can also be generated with `user` == `client`
    by visiting the `/token` endpoint.

To visit an address is what a browser does: it sends GET. The sentence names the path in code and calls it an
endpoint (or route), so it is an operation of the API though no method is written for it: GET. Read only where
the verb is to visit (visit, visiting, visited) or to open and the coded path is called "the ... endpoint"/"route"
right after it; a path the sentence merely names ("the `/token` endpoint returns ...", "POST to the `/x`
endpoint") says nothing of the method and is left to the rules that read it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_VISITED = re.compile(
    r"(?i)\b(?:visit(?:s|ing|ed)?|open(?:s|ing|ed)?)\s+(?:the\s+)?`(?P<path>/[\w./{}<>:-]*)`\s+(?:endpoint|route)\b"
)


def visited_endpoints(doc: Document) -> list[Mention]:
    """A GET for each coded path a sentence tells the reader to visit as an endpoint (see the module)."""
    found: list[Mention] = []
    for section in doc.sections:
        for block in section.blocks:
            texts = [block.text] if block.kind == "text" else [t for _, t in block.items if block.kind == "list"]
            found.extend(
                Mention("GET", split_target(match["path"]), block.where, "line", inferred=True)
                for text in texts
                for match in _VISITED.finditer(" ".join(text.split()))
            )
    return found


__all__ = ["visited_endpoints"]
