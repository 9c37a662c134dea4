"""Methods joined to one request line: `` `GET`/`PUT /_admin/scenario` `` and `` `GET/DELETE /sessions/{name}` ``.

A table cell or a line that writes two requests on one path puts the first method alone in code and joins it to
the whole request line with a slash (or a comma, "|", "&", "or", "and"): each method so joined is a request of
its own on the path the last code span names, as `` `GET /x` ``/`` `PUT /x` `` would be. Only code spans that
hold nothing but a method are read this way, and only when the request line follows them directly.

A request line may also open with its methods joined by slashes or bars and no space (`GET/POST /api/config`,
`GET|POST /image`), the path in code of its own or not (a table cell `` GET/HEAD `/<ID>` ``): one request per
method on that path, in a line, a heading or a cell. The joiner must touch both methods: `GET / POST /x` is not
read so.

In a code block (a listing of the routes, `GET/PATCH/DELETE /items/{id}` over `GET  /health`), such a line states
its requests only where the joined methods open the line: a line that opens with anything else (a command, a
comment, an assignment) mentions the methods in passing, and is left to the rules that read it. There the methods
may also be joined by a spaced "or" (`GET or POST http://<host>/api/validate`, a resource line that takes either),
and the path may be written as a whole URL: each method so joined is a request of its own on that path.
"""

from __future__ import annotations

import re

from .requests import METHODS

_METHOD = "|".join(METHODS)
_JOIN = r"\s*(?:/|,|\||&|\bor\b|\band\b)\s*"
_LEADING = re.compile(
    rf"(?P<methods>`(?:{_METHOD})`(?:{_JOIN}`(?:{_METHOD})`)*){_JOIN}`(?:{_METHOD})\s+(?P<path>/[^`\s]*)`"
)


def leading_methods(text: str) -> list[tuple[str, str]]:
    """(method, path) for each method written alone in code before a coded request line it is joined to."""
    return [
        (method, match["path"])
        for match in _LEADING.finditer(text)
        for method in re.findall(rf"`({_METHOD})`", match["methods"])
    ]


_JOINED = re.compile(
    rf"(?:^|(?<=[`*\s(|\[]))(?P<methods>(?:{_METHOD})(?:[/|](?:{_METHOD}))+)[ \t]+`?(?P<path>/[^\s`*|\"']*)"
)


def joined_methods(text: str) -> list[tuple[str, str]]:
    """(method, path) for each method of a request line that opens with methods joined by slashes or bars."""
    return [
        (method, match["path"]) for match in _JOINED.finditer(text) for method in re.split(r"[/|]", match["methods"])
    ]


_LINE_JOINED = re.compile(
    rf"(?m)^[ \t]*(?P<methods>(?:{_METHOD})(?:(?:[/|]|[ \t]+or[ \t]+)(?:{_METHOD}))+)[ \t]+"
    rf"(?P<path>(?:https?://[^\s/`*|\"']+)?/[^\s`*|\"']*)"
)


def joined_method_lines(text: str) -> list[tuple[int, str, str]]:
    """(line offset, method, path) for each method of a code block's line that opens with methods joined by slashes
    or bars before a path (`GET/POST        /v4/resource`)."""
    return [
        (text.count("\n", 0, match.start("methods")), method, match["path"])
        for match in _LINE_JOINED.finditer(text)
        for method in re.split(r"[/|]|[ \t]+or[ \t]+", match["methods"])
    ]


def either_method_lines(text: str) -> list[tuple[list[str], str]]:
    """(methods, path) for each code block line that opens with methods joined by a spaced "or" before a path or URL
    (`GET or POST http://<host>/api/check`): one operation a client may send with either."""
    return [
        (re.split(r"[ \t]+or[ \t]+", match["methods"]), match["path"])
        for match in _LINE_JOINED.finditer(text)
        if re.fullmatch(rf"(?:{_METHOD})(?:[ \t]+or[ \t]+(?:{_METHOD}))+", match["methods"])
    ]
