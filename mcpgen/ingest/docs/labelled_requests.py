"""A raw HTTP request whose code block labels its parts: the request line (and the same request again with a
query string), header lines, then captions that say what each following part is.

    GET /v1/books
    GET /v1/books?shelf=<shelf_id>&limit=20

    Parameters:
    - shelf: Filter by shelf (optional)
    - limit: Results per page (default: 20)

    Response:
    {"books": []}

    POST /v1/books
    Content-Type: application/json

    Request Body:
    {"title": "Dune"}

    Response:
    {"id": 1}

Each part opens with a caption line of its own: "Request Body:" (or "Body:", "Payload:") over the JSON the
request sends, "Parameters:" over dash bullets naming what it takes (`- name: what it is`), "Response:" over
what comes back, which is no part of the request. A block of this shape is one request: its body is the JSON
under the body caption, not the whole rest of the block (which a raw request's reader would take for a body).

Request lines right under the first one with the same method and path show the same request again with a
query: their query keys are that request's query parameters, and since the bare line shows it sent without
them, none of them is required. Such example query strings are sometimes written with the `=` dropped; a key
glued to an angle placeholder (`?device_id<device_id>`) still reads plainly as key and value, but a key run
into a literal value (`?page1`, `?unreadtrue`) cannot be split without guessing, so such a pair is left out.

A block with no caption, or with any other line before its first caption, is not of this shape (None): the
other readers take it as before.
"""

from __future__ import annotations

import re

from .requests import METHODS, REQUEST_LINE, Request, Target, parse_json, split_target

_CAPTION = re.compile(
    r"(?i)^\s*(?P<part>(?:request\s+)?(?:body|payload)|(?:query\s+|request\s+)?param(?:eter)?s|response(?:\s+body)?)"
    r"\s*:\s*(?P<rest>.*)$"
)
_HEADER = re.compile(r"^\s*[A-Za-z][\w-]*:\s*\S")
_BULLET = re.compile(r"^\s*[-*]\s+`?(?P<name>[A-Za-z_][\w.\[\]-]*)`?\s*(?:\([^)]*\))?\s*:")
_GLUED_PLACEHOLDER = re.compile(r"^(?P<name>[A-Za-z_][\w.-]*)(?P<value><[^<>]+>)$")
_NAME = re.compile(r"[A-Za-z_][\w.\[\]-]*")
_AGAIN = re.compile(rf"(?P<method>{'|'.join(METHODS)})\s+(?P<target>(?:https?://|/)\S*)")
_NO_QUERY_BODY = ("GET", "HEAD", "DELETE", "OPTIONS")


def labelled_request(text: str) -> Request | None:
    """The request a block of captioned parts shows; None when the block is not of that shape."""
    lines = text.strip("\n").splitlines()
    if not lines or not (first := REQUEST_LINE.fullmatch(lines[0].strip())):
        return None
    method, target = first.group("method"), split_target(first.group("target"))
    index, repeated = 1, False
    while index < len(lines) and (again := _AGAIN.fullmatch(lines[index].strip())):
        if again["method"] != method or split_target(again["target"].partition("?")[0]).path != target.path:
            return None
        _add_query(target, again["target"])
        index, repeated = index + 1, True
    request = Request(method=method, target=target)
    while index < len(lines) and _HEADER.match(lines[index]) and not _CAPTION.match(lines[index]):
        name, _, value = lines[index].partition(":")
        request.headers.append((name.strip(), value.strip()))
        index += 1
    parts: list[tuple[str, list[str]]] = []
    for line in lines[index:]:
        caption = _CAPTION.match(line)
        if caption:
            parts.append((caption["part"].lower(), [caption["rest"]] if caption["rest"].strip() else []))
        elif parts:
            parts[-1][1].append(line)
        elif line.strip():
            return None
    if not any(not part.startswith("response") for part, _ in parts) and not (repeated and parts):
        return None
    for part, body in parts:
        if part.startswith("response"):
            continue
        if "param" in part:
            _add_bullets(request, body)
        elif (parsed := parse_json("\n".join(body).strip())) is not None:
            request.body, request.body_kind = parsed, "json"
    if repeated:  # the bare request line sends it without its query: no query parameter is required
        target.query[:] = [(name, value, False) for name, value, _ in target.query]
    return request


def _add_query(target: Target, raw: str) -> None:
    """The query keys of a repeated request line, added once each (a key missing its `=` as the docstring says)."""
    known = {name for name, _, _ in target.query}
    _, _, query = raw.partition("?")
    for pair in filter(None, query.split("&")):
        name, equals, value = pair.partition("=")
        if not equals:
            glued = _GLUED_PLACEHOLDER.match(pair)
            if glued is None:
                continue  # `page1`, `unreadtrue`: a key run into its value, not to be split by guessing
            name, value = glued["name"], glued["value"]
        if _NAME.fullmatch(name) and name not in known:
            target.query.append((name, value, False))
            known.add(name)


def _add_bullets(request: Request, lines: list[str]) -> None:
    """The names a "Parameters:" caption's dash bullets give: query parameters of a request that sends no body."""
    if request.method not in _NO_QUERY_BODY:
        return
    known = {name for name, _, _ in request.target.query}
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet and bullet["name"] not in known:
            request.target.query.append((bullet["name"], "", False))
            known.add(bullet["name"])
