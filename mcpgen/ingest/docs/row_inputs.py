"""Inputs a route table states in a row's description cell, beside the row's method and path:

    | Method | Path | Description |
    | `PATCH` | `/api/users/{id}/flags` | Update flags: `{"admin": bool, "active": bool}` |
    | `POST` | `/api/events` | Send an event. Optional header `X-Origin` |

- An object in code written with type words for values (`{"admin": bool}`, `{"count": int}`) is a sketch of the
  row's JSON body, as a JSON example in the same place is: its top-level keys are the request's body fields. (A
  cell whose object is JSON already is read where the route table is; this reads the sketches JSON refuses.)
- "header `X-Name`" or "`X-Name` header" in the cell names a header the request sends; "optional" or "required"
  just before says whether it is needed. So does "optional `X-Name`" alone: the `X-` prefix is a header's name.
- A cell that says what the body is by the one field it holds ("Multipart upload, field name `image`", "JSON body
  with `url`") names a body field the request is made of: it cannot go without it (required), unless the cell
  calls it optional.

Left alone: a row with no request (method and path), an object that is neither JSON nor such a sketch, and a
coded name the cell does not call a header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section, Where
from .choice_objects import choice_fields
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, parse_json, path_key, split_target

_METHOD = re.compile(rf"^`?(?P<method>{'|'.join(METHODS)})`?$")
_PATH = re.compile(r"^`?(?P<path>/[^`\s]*)`?$")
_LINE = re.compile(rf"^`?(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`?$")
_OBJECT = re.compile(r"`(\{[^`]*\})`")
_TYPE_WORD = re.compile(
    r"(?<=:)\s*(?:bool|boolean|int|integer|number|float|string|str|array|list|object|dict)\b(?=\s*[,}])"
)
_MADE_OF = re.compile(
    r"(?i)\b(?:upload|form|body|payload)\b[^.`;]{0,20}?(?:,\s*)?\b(?:field(?:\s+name)?|with|containing)\s+"
    r"`(?P<name>[A-Za-z_][\w-]*)`"
)
_BODIED = {"POST", "PUT", "PATCH"}
_HEADER = re.compile(
    r"(?i)(?:\b(?P<need>optional|required)\s+)?(?:request\s+)?header\s+`(?P<name>[A-Za-z][\w-]*)`"
    r"|(?:\b(?P<need2>optional|required)\s+)?`(?P<name2>[A-Za-z][\w-]*)`\s+header\b"
    r"|\b(?P<need3>optional|required)\s+`(?P<name3>X-[A-Za-z][\w-]*)`"  # "optional `X-Metrics-Token`"
)


def _request(row: tuple[str, ...]) -> tuple[str, str, int] | None:
    """(METHOD, path, index of the last cell stating them) for a row that states one request, else None."""
    cells = [c.strip() for c in row]
    for index, cell in enumerate(cells):
        if (line := _LINE.match(cell)) is not None:
            return line["method"], line["path"], index
        method = _METHOD.match(cell)
        path = _PATH.match(cells[index + 1]) if method is not None and index + 1 < len(cells) else None
        if method is not None and path is not None:
            return method["method"], path["path"], index + 1
    return None


def row_inputs(sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's request, an input its description cell states) for each route table row (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.body_rows:
                stated = _request(row)
                if stated is None:
                    continue
                method, raw, last = stated
                endpoint = endpoints.get((method, path_key(split_target(raw).path)))
                if endpoint is None:
                    continue
                for cell in row[last + 1 :]:
                    yield from ((endpoint, p) for p in _cell_inputs(cell, block.where))
                    yield from ((endpoint, p) for p in choice_fields(cell, method, block.where))  # `{"a": "x"\|"y"}`
                    made_of = _MADE_OF.search(cell) if method in _BODIED and "optional" not in cell.lower() else None
                    if made_of is not None:
                        yield endpoint, Param(made_of["name"], "body", block.where, required=True, origin="prose")


def _cell_inputs(cell: str, where: Where) -> Iterator[Param]:
    for found in _OBJECT.finditer(cell):
        if parse_json(found[1]) is not None:
            continue  # JSON: the route table's own reading has it
        sketch = parse_json(_TYPE_WORD.sub(" null", found[1]))
        for name in sketch if isinstance(sketch, dict) else ():
            yield Param(name, "body", where, origin="example request")
    for found in _HEADER.finditer(cell):
        need = (found["need"] or found["need2"] or found["need3"] or "").lower()
        required = True if need == "required" else False if need == "optional" else None
        yield Param(
            found["name"] or found["name2"] or found["name3"], "header", where, required=required, origin="prose"
        )


__all__ = ["row_inputs"]
