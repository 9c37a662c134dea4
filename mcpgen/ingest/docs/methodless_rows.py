"""A row of a route table that writes its routes without a method, among rows that write the method with the
path in one code span:

    | Path | What |
    |---|---|
    | `GET /authors/` | Public profiles |
    | `/categories/`, `/tags/` | Taxonomy |
    | `/media/` | Media library (multipart `file` upload) |

The table states requests (its other rows say so, method and path together), so a row of paths alone is a request
too, one whose method the document leaves to the reader: a path named as a resource is read with GET, what
fetching it does; a row whose description says it uploads sends the file in a body, which a GET carries none of,
so it is a POST. The method is inferred (`Mention.inferred`).

Read only in a table where at least two rows open with a request in code (`` `GET /x` ``), and only a first cell
that is nothing but coded paths, one or several joined by commas: a row naming a page or a setting in words, or a
table of paths alone (`path_lists` and the endpoint-table readers read those), is left alone.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .requests import METHODS, split_target

_REQUEST_CELL = re.compile(rf"^\s*`(?:{'|'.join(METHODS)})`?\s*(?:/\s*`?(?:{'|'.join(METHODS)})\s+)?[^`]*/")
_PATHS_CELL = re.compile(r"^\s*`/[^`\s]*`(?:\s*,\s*`/[^`\s]*`)*\s*$")
_UPLOAD = re.compile(r"(?i)\buploads?\b")


def methodless_rows(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add to each section's mentions the routes of its route tables' method-less rows (see the module)."""
    for section, found in zip(doc.sections, mentions, strict=True):
        known = {endpoint_key(m) for m in found}
        for block in (b for b in section.blocks if b.kind == "table"):
            rows = block.body_rows
            if sum(1 for row in rows if row and _REQUEST_CELL.match(row[0])) < 2:
                continue
            for row in (r for r in rows if r and _PATHS_CELL.match(r[0])):
                described = " ".join(row[1:])
                method = "POST" if _UPLOAD.search(described) else "GET"
                for path in re.findall(r"`(/[^`\s]*)`", row[0]):
                    mention = Mention(method, split_target(path), block.where, "table", inferred=True, text=described)
                    if endpoint_key(mention) not in known:
                        found.append(mention)
                        known.add(endpoint_key(mention))


__all__ = ["methodless_rows"]
