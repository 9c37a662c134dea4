"""The keys of the mapping an example call passes for a signature's bag of parameters:

    | Method | Path |
    | --- | --- |
    | `events(from_now, search_params)` | `GET /rest/events` |

    events = client.events(True, {"sport": "Football", "limit": 10})

A client library often takes a read's filters as one mapping (`params`, `search_params`, `query_params`) rather
than as arguments of their own, and sends its keys as the query string. The signature beside the request line
says which argument is that mapping (`signature_rows` leaves it out: the bag is no parameter itself); a call of
the same method in the document's code, passing a dict literal in that argument's place (by position or by
name), shows the names the mapping holds. Each key is a query parameter of the row's route, optional (an example
shows what may be passed, not what must be).

Left alone: a call that passes a variable or anything but a literal mapping there, a mapping whose keys are not
literal strings, a call of another method, and the arguments of a write (query or body, the signature does not
say).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document, Where
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target
from .signature_rows import BAG, CALL, READS, split_args

_KEY = re.compile(r"""^\s*(?P<q>["'])(?P<name>[A-Za-z_][\w.\-]*)(?P=q)\s*:""")


def _bags(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[str, int, str, Endpoint]]:
    """(method name, position, argument name, endpoint) for each signature row's bag of parameters."""
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "table"):
        for row in block.body_rows:
            cells = [c.strip() for c in row]
            calls = [m for c in cells if (m := CALL.match(c))]
            requests = [line for c in cells for line in request_lines(c)]
            if len(calls) != 1 or len(requests) != 1 or requests[0][1] not in READS:
                continue
            endpoint = endpoints.get((requests[0][1], path_key(split_target(requests[0][2]).path)))
            name = re.match(r"`?\s*(?:[A-Za-z_][\w.]*\.)?(?P<name>[A-Za-z_]\w*)", cells[cells.index(calls[0].string)])
            if endpoint is None or name is None:
                continue
            args = [a.split("=", 1)[0].split(":", 1)[0].strip() for a in split_args(calls[0]["args"])]
            args = [a for a in args if a not in ("self", "cls")]
            for position, arg in enumerate(args):
                if BAG.search(arg) and not arg.startswith("*"):  # after a `*` it can only be passed by name
                    starred = any(a.startswith("*") for a in args[:position])
                    yield name["name"], -1 if starred else position, arg, endpoint


def _balanced(text: str, start: int) -> str | None:
    """The text inside the parentheses opening at `start - 1`, or None when they do not close."""
    depth, quote = 1, ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote and text[index - 1] != "\\" else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return text[start:index]
    return None


def _keys(mapping: str) -> list[str]:
    inner = mapping.strip()
    if not (inner.startswith("{") and inner.endswith("}")):
        return []
    entries = split_args(inner[1:-1])
    keys = [m["name"] for e in entries if (m := _KEY.match(e))]
    return keys if keys and len(keys) == len(entries) else []


def passed_mapping_params(
    doc: Document, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's endpoint, a key of the mapping an example call passes for its bag of parameters)."""
    bags = list(_bags(doc, endpoints))
    if not bags:
        return
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "code"):
        for method, position, arg, endpoint in bags:
            for call in re.finditer(rf"\.{re.escape(method)}\s*\(", block.text):
                inside = _balanced(block.text, call.end())
                if inside is None:
                    continue
                passed = split_args(inside)
                named = [p.split("=", 1)[1] for p in passed if re.match(rf"^{re.escape(arg)}\s*=", p)]
                positional = [p for p in passed if not re.match(r"^[A-Za-z_]\w*\s*=(?!=)", p)]
                value = named[0] if named else positional[position] if 0 <= position < len(positional) else ""
                where = Where(block.where.file, block.where.line, block.where.page, block.where.section)
                for key in _keys(value):
                    yield endpoint, Param(key, "query", where, required=False, origin="example")


__all__ = ["passed_mapping_params"]
