"""A table row that pairs a client library's method signature with the request it sends:

    | Method | Endpoint |
    | --- | --- |
    | `get_games(*, from_, to, league_id=None)` | `GET /baseball/games` |
    | `get_team(team_id)` | `GET /baseball/teams/{team_id}` |

An SDK's README often states its API this way: one cell a call in code (a name, then its arguments in parentheses)
and another the request line that call makes. The arguments are the request's inputs, read as the language's
signature reads: an argument the path names in braces fills that placeholder (the path template already gives
it); the keyword-only arguments, after a bare `*`, are the options of the call, which a read (GET, HEAD, DELETE)
carries in its query. An argument written without a default must be passed, so it is required; one with a default
(`=None`) may be left out. A name with a trailing underscore (`from_`, `type_`) is the PEP 8 way to write a name a
keyword or built-in of the language takes, so the request carries the name without it.

A positional argument the path does not name is the request's too when the path has no placeholder left for it to
fill (`odds(sport, provider=None)` | `GET /odds`: nothing in the path to fill, so the arguments can only travel in
the query); an argument named for the bag of parameters itself (`params`, `search_params`, `**kwargs`) is no
parameter, and neither is the client or session a call is made through.

Left alone: positional arguments while the path has a placeholder no argument names (they may fill it under another
name), the arguments of a write (POST, PUT, PATCH: query or body, the signature does not say), `self`, `*args` and
`**kwargs`, and a cell with text beside the call (a sentence that quotes a call is not a signature).
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Iterable, Iterator

from .blocks import Section, Where
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

CALL = re.compile(r"^`?\s*(?:[A-Za-z_][\w.]*\.)?[A-Za-z_]\w*\s*\((?P<args>[^()`]*)\)\s*`?$")
_ARG = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*(?::\s*(?P<type>[^=]+?))?\s*(?P<default>=.*)?$")
READS = {"GET", "HEAD", "DELETE"}
_HANDLES = {"self", "cls", "client", "session"}
BAG = re.compile(r"(?:^|_)(?:params|parameters|kwargs|options|opts)$")
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def split_args(args: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in args:
        depth += 1 if char in "[{(" else -1 if char in "]})" else 0
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def _sent_name(name: str) -> str:
    stem = name[:-1]
    if name.endswith("_") and stem and not stem.endswith("_") and (keyword.iskeyword(stem) or hasattr(builtins, stem)):
        return stem
    return name


def signature_params(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the row's endpoint, an argument it sends) for each table row pairing a call signature with a read's
    request line (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "table"):
            for row in block.body_rows:
                yield from _row_params(row, block.where, endpoints)


def _row_params(
    row: Iterable[str], where: Where, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    cells = [c.strip() for c in row]
    calls = [m for c in cells if (m := CALL.match(c))]
    requests = [line for c in cells for line in request_lines(c)]
    if len(calls) != 1 or len(requests) != 1:
        return
    _, method, raw = requests[0]
    endpoint = endpoints.get((method, path_key(split_target(raw).path)))
    if endpoint is None or method not in READS:
        return
    args = split_args(calls[0]["args"])
    named = {m["name"] for a in args if (m := _ARG.match(a))}
    # a positional argument can only be sent when no placeholder of the path is left for it to fill under
    keyword_only = all(p.strip() in named for p in _PLACEHOLDER.findall(endpoint.path))
    for arg in args:
        if arg.startswith("*") and not arg.startswith("**"):  # a bare `*` or `*args`: keyword-only from here on
            keyword_only = True
            continue
        match = _ARG.match(arg)
        if match is None or not keyword_only or match["name"] in _HANDLES or BAG.search(match["name"]):
            continue
        if f"{{{match['name']}}}" in endpoint.path:
            continue  # the path's placeholder: the template gives it
        yield (
            endpoint,
            Param(_sent_name(match["name"]), "query", where, required=match["default"] is None, origin="declaration"),
        )


__all__ = ["BAG", "CALL", "READS", "signature_params", "split_args"]
