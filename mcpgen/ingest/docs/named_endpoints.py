"""Routes running text names as endpoints, on a page that says once which method all its requests use.

"All requests are simple HTTP `GET` requests", then "reload them using the `/macros/reload` endpoint", "the
`macros/list` endpoint (e.g.: `http://host:8000/macros/list`)", "available at the `/macro/<name>` endpoint":
each coded path called an endpoint is a route of the page, with the one method the page gives every request.
Read only on such a page (elsewhere a sentence naming an endpoint refers to a route stated with its method),
and only for a path no mention of the page states already.
"""

from __future__ import annotations

import re

from .blocks import Document
from .enumerated_members import enumerated_members
from .mention import Mention
from .page_methods import page_wide_methods
from .requests import METHODS, split_target

_ALL_ARE = re.compile(
    r"(?i)\ball\s+(?:of\s+the\s+)?(?:api\s+|http\s+)?requests\s+are\s+(?:simple\s+|plain\s+)?(?:http\s+)?"
    rf"`?(?P<method>{'|'.join(METHODS)})`?\s+requests\b"
)
""""All requests are simple HTTP `GET` requests": the one method of every request of the page."""
_NAMED = re.compile(r"\bthe\s+`(?P<path>/?[\w.-]+(?:/[\w.<>{}-]+)*/?)`\s+endpoint\b", re.I)
""""the `/speakers` endpoint", "The `macros/list` endpoint": a coded path the sentence calls an endpoint."""


def page_method(doc: Document) -> str:
    """The one method `doc` says all its requests use; "" when it says none, or several."""
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind == "text"]
    said = {m["method"].upper() for t in texts for m in _ALL_ARE.finditer(t)}
    said.update(page_wide_methods(doc))
    return said.pop() if len(said) == 1 else ""


def named_endpoints(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `METHOD path` for each coded path a sentence of `doc` calls an endpoint, when the page gives all its
    requests one method and no mention of it states that path."""
    enumerated_members(doc, mentions)  # `/api/v1/<service>/<action>`, then "The possible `<actions>` are." a list
    method = page_method(doc)
    if not method:
        return
    known = {m.target.path for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for match in (m for t in texts for m in _NAMED.finditer(t)):
                path = match["path"]
                if "/" not in path:
                    continue
                target = split_target("/" + path.lstrip("/"))
                if target.path in known:
                    continue
                known.add(target.path)
                found.append(Mention(method, target, block.where, "line", inferred=True))
