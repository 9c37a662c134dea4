"""What a route table's Body column says a request sends, written as the names it takes rather than as one JSON
sketch:

    | Method & path          | Body                                                  | Purpose          |
    | `POST /api/print/pdf`  | multipart `file=@doc.pdf`, `page`                     | Print a PDF      |
    | `POST /api/print/text` | JSON `{"text": "..."}` (optional `font_size`, `fit`) | Print plain text |

- A coded field name (`page`) or a coded `name=value` (`file=@doc.pdf`, the way `curl -F` writes a form field)
  in the cell of a request that carries a body (POST, PUT, PATCH) is a field of that body. The cell is headed
  as the body, so what it names in code is what the body holds; a type word (`string`, `json`, `null`), a
  capitalised name (a model, `UserCreate`) and a query string (`?limit=100`) are not fields.
- "optional `a`, `b`" in the cell marks those fields optional; where the cell marks some so, the fields it
  names without the mark (the JSON sketch's `text`) are the ones the request cannot go without, as with a `?`
  on a sketch's key (`route_rows.body_cell_fields`). Where nothing is marked nothing is said.
- A column headed "Accepts" beside a "Returns" one (`Task | Method | Route | Accepts | Returns`) says what each
  request takes in, as a Body column does: "`username` and `password` of user" in a POST row names its body's
  fields. Without the "Returns" column beside it, "Accepts" may be a content type's or a header's, and is left.
"""

from __future__ import annotations

import re

from .query_clauses import queried_names
from .route_rows import body_cell_fields

_BODY_HEAD = re.compile(r"(?i)(?:request )?(?:body|payload|json body)")
_ACCEPTS_HEAD = re.compile(r"(?i)accepts")
_RETURNS_HEAD = re.compile(r"(?i)returns")
_CODED = re.compile(r"`(?P<name>[a-z_][A-Za-z0-9_]*)(?:=[^`\s]*)?`")
_NAME_RUN = r"`[A-Za-z_]\w*`(?:\s*(?:,|/|\band\b|\bor\b)\s*`[A-Za-z_]\w*`)*"
_OPTIONAL = re.compile(rf"(?i)\boptional(?:ly)?\s*:?\s*(?P<names>{_NAME_RUN})")
_TYPE_WORD = re.compile(
    r"(?i)str(?:ing)?|int(?:eger)?|number|float|bool(?:ean)?|object|array|list|dict|json|form|multipart|binary"
    r"|null|none|empty|true|false|any"
)


def body_column_fields(cell: str, head: str, method: str, heads: tuple[str, ...] = ()) -> list[tuple[str, bool | None]]:
    """(name, required) for each field a route table's Body cell gives a `method` request: the fields of its
    JSON sketches (`route_rows.body_cell_fields`) and, for a request with a body, its coded names; `heads`: the
    table's column heads (an "Accepts" column is a body's beside a "Returns" one)."""
    sketched = body_cell_fields(cell, head)
    head = head.strip("`*_ ")
    accepts = _ACCEPTS_HEAD.fullmatch(head) and any(_RETURNS_HEAD.fullmatch(h.strip("`*_ ")) for h in heads)
    if method not in ("POST", "PUT", "PATCH") or not (_BODY_HEAD.fullmatch(head) or accepts):
        return sketched
    found: dict[str, bool | None] = dict(sketched)
    queried = queried_names(cell)  # "; query `fps`": the query's, not the body's (`query_clauses.py`)
    for match in _CODED.finditer(cell):
        if not _TYPE_WORD.fullmatch(match["name"]) and match["name"] not in queried:
            found.setdefault(match["name"], None)
    optional = [name for m in _OPTIONAL.finditer(cell) for name in re.findall(r"`(\w+)`", m["names"])]
    for name in optional:
        found[name] = False
    if optional:  # some said optional: the others are needed
        found = {name: True if required is None else required for name, required in found.items()}
    return list(found.items())
