"""Code blocks that show requests as they were sent: a transcript of exchanges (a request line, its headers and
body, then the response that came back, `HTTP/1.1 200 OK` or `HTTP 1.1 200 OK` and its own headers and body, and
the next request), or request lines on example data (a query with its values) each followed by a `// comment`
saying what it returns (a list of routes may comment each route, `GET /posts // all posts`, and states them).

Such lines are example requests on the example data (`GET /books?filter={"author_id":1}`, `GET /books/2`), like
raw HTTP requests and curl commands; they are no statement of routes, and a block may hold several of them, each
with its own body.
"""

from __future__ import annotations

import re

from .requests import METHODS, Request, parse_json, split_target

# (a query may hold JSON with spaces in it: `?filter={"authors":['A B', 'C D']}`)
_REQUEST = re.compile(
    rf"^\s*(?P<method>{'|'.join(METHODS)})\s+(?P<target>(?:https?://|/)[^\s?]*(?:\?.*?)?)(?:\s+HTTP/\d(?:\.\d)?)?\s*$"
)
_STATUS = re.compile(r"^\s*HTTP[/ ]\d(?:\.\d)?\s+[1-5]\d\d\b")
_HEADER = re.compile(r"^\s*(?P<name>[A-Za-z][\w-]*):\s*(?P<value>.*)$")
_COMMENT = re.compile(r"\s+//.*$")
_STARTS = re.compile(rf"^\s*(?:{'|'.join(METHODS)})\s+(?:https?://|/)")


def shown_requests(text: str) -> list[Request]:
    """The requests a block shows as sent, in order; [] for a block that is not such a transcript (a list of
    routes, `GET /posts` over `GET /posts/1`, states them; a lone request line states its route)."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if _STARTS.match(line)]
    if not starts:
        return []
    answered = any(_STATUS.match(line) for line in lines)
    if not answered and not all(_COMMENT.search(lines[i]) and "?" in _COMMENT.sub("", lines[i]) for i in starts):
        return []
    requests = []
    for number, start in enumerate(starts):
        match = _REQUEST.match(_COMMENT.sub("", lines[start]))
        if match is None:
            return []  # `GET /x returns ...`: a sentence, not a request as sent
        request = Request(method=match["method"], target=split_target(match["target"]))
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        part = lines[start + 1 : end]
        stop = next((i for i, line in enumerate(part) if _STATUS.match(line)), len(part))
        index = 0
        while index < stop and (header := _HEADER.match(part[index])) is not None:
            request.headers.append((header["name"], header["value"].strip()))
            index += 1
        body = "\n".join(line for line in part[index:stop] if not line.lstrip().startswith("//")).strip()
        parsed = parse_json(body) if body else None
        if parsed is not None:
            request.body, request.body_kind = parsed, "json"
        requests.append(request)
    return requests
