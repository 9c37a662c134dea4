"""Parameters a route item's sub-items state, each sub-item opening with its requirement as a label:

    - `GET /v1/search?q={query}` - Search terms
      - Optional: `vocabulary_id` - Filter by vocabulary
      - Optional: `limit`, `offset` - Pagination

A sub-item that opens with "Optional:" or "Required:" ("Mandatory:"), then one name in code or several joined by
commas, slashes or "and"/"or", then what they do, names inputs of the route its item opens with: the label is
the requirement of every name it heads. Where some are labelled optional, a query name the request line itself
writes with a placeholder value (`?q={query}`) and no sub-item labels is required: the line shows it as part of
every request, and the document sets apart the names a caller may leave out. Names the label does not head in
code ("Optional: see the paging section") give nothing, and neither do such lines outside a route item."""

from __future__ import annotations

import re

from .blocks import Document
from .captioned_tables import captioned_tables
from .params import Param, valid_name
from .requests import path_key, request_lines, split_target

_FLAGGED = re.compile(
    r"^[*_]*(?P<flag>optional|required|mandatory)[*_]*\s*:[*_]*\s*"
    r"(?P<names>`[^`\s]+`(?:\s*(?:,|/|\band\b|\bor\b)\s*`[^`\s]+`)*)\s*(?:[-\u2013\u2014:(]|$)",
    re.I,
)


def flagged_items(doc: Document, routes: dict[tuple[str, str], object]) -> list[tuple[tuple[str, str], Param]]:
    """((method, path key) of a stated route, a parameter) for each name a flag-labelled sub-item of its item heads,
    and for each placeholder query name of its request line, required, when some sub-item labels names optional."""
    found: list[tuple[tuple[str, str], Param]] = []
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "list"):
        for index, (term, text) in enumerate(block.items):
            lines = request_lines(text)
            if term or not lines or lines[0][0] != 0 or not text.lstrip("`*[ ").startswith(lines[0][1]):
                continue
            _, method, raw = lines[0]
            target = split_target(raw)
            key = (method, path_key(target.path))
            if key not in routes:
                continue
            flagged: list[Param] = []
            for sub_term, sub_text in block.items[index + 1 :]:
                if not sub_term:
                    break
                match = _FLAGGED.match(sub_text.strip())
                names = re.findall(r"`([^`]+)`", match["names"]) if match else []
                required = match is not None and match["flag"].lower() != "optional"
                flagged.extend(Param(n, "", block.where, required, origin="list") for n in names if valid_name(n))
            found.extend((key, param) for param in flagged)
            if any(p.required is False for p in flagged):
                labelled = {p.name for p in flagged}
                found.extend(
                    (key, Param(name, "query", block.where, True, origin="request line"))
                    for name, _, placeholder in target.query
                    if placeholder and name not in labelled
                )
    return found + captioned_tables(doc, routes)  # "Position query" over a `| Query | ... |` table of its route


__all__ = ["flagged_items"]
