"""Paths shown without a method: example paths alone in a code block (`/api/payments?_size=50`, or over the
response it gets), uses of the routes a document states whose query strings name those routes' parameters; and
list items that are a route and its description (``/status``: entry point), the routes of a document that
states no request line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .described_query_values import PATH_LINE
from .named_query_examples import named_query_parameters, shows_named_query
from .optional_parts import braced_names, unbracketed
from .requests import METHODS, Request, parse_curl, parse_json, path_key, split_target
from .suffixed_methods import fields_under_routes, suffixed_methods

if TYPE_CHECKING:
    from .blocks import Block, Document, Section
    from .mention import Mention

_PATH_LINE = PATH_LINE  # (a query value may be described in spaced words: `?id=<message id>`)
_RESPONSE_AFTER = re.compile(r"\s*(?:(?:response|output|result|returns?)\b|[\[{])", re.I)


def path_lines(text: str) -> tuple[list[str], bool] | None:
    """The lines of a code block that holds paths (or URLs) alone, and whether the paths are shown over their
    response (`/api/payments/chart?_fields=amount`, a blank line, then `Response` or the JSON it returns)."""
    head, _, rest = text.strip().partition("\n\n")
    if rest.strip() and not _RESPONSE_AFTER.match(rest):
        head = text  # (the whole block, which the check below then refuses unless every line is a path)
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    if not lines or not all(_PATH_LINE.fullmatch(ln) for ln in lines):
        return None
    return lines, head is not text and bool(rest.strip())


def as_examples(mentions: list[list[Mention]]) -> None:
    """Paths alone in code blocks, where the document writes none of its templates so: example requests (a
    browser's, so GET unless a label says otherwise), kept only where they fit a route the document states
    (`keep_fitting_examples`, once they are generalised to its templates)."""
    for found in mentions:
        for m in found:
            if m.listed and m.request is None:
                m.kind, m.request = "curl", Request(method=m.method, target=m.target)


def keep_fitting_examples(mentions: list[list[Mention]], doc: Document | None = None) -> None:
    """Drop the example paths (`as_examples`, `running_text_requests`) that are not uses of a stated route, but
    for a path whose query string sets the query parameters its section's text names (`named_query_examples`)."""
    named = named_query_parameters(doc) if doc is not None else [set() for _ in mentions]
    stated = {
        (m.method, path_key(m.target.path))
        for found in mentions
        for m in found
        if m.kind in ("line", "table", "http") or (m.kind == "curl" and not m.listed)
    }
    for found, names in zip(mentions, named, strict=True):
        found[:] = [
            m
            for m in found
            if m.kind != "curl"
            or not m.listed
            or (m.method, path_key(m.target.path)) in stated
            or shows_named_query(m, names)
        ]


_PATH_ITEM = re.compile(r"^[`*\[]*(?P<path>/[^\s`*\]]*)[`*\]]*:?(?:\s+(?P<rest>.*))?$", re.S)
# ``info/worker/(worker).html``: description`: in code, a relative path beside absolute ones is one of them
_RELATIVE_ITEM = re.compile(r"^`(?P<path>[A-Za-z][\w.-]*/[^\s`]*)`:?(?:\s+(?P<rest>.*))?$", re.S)
_NAMED_METHOD = re.compile(r"\b(" + "|".join(METHODS) + r")\b")
_NOT_HTTP = re.compile(r"(?i)\bweb ?sockets?\b")
_METHOD_FIRST = re.compile(r"^[`*_]*(?:" + "|".join(METHODS) + r")[`*_]*(?=\s|$)")
"""`/ws **GET** Handles websocket connections`: a method written right after the path states the request, so a
websocket named in its description is the one that request opens (the upgrade is an HTTP GET), not a reason to
leave it out."""


def listed_paths(block: Block) -> list[tuple[str, str]]:
    """(method, path) for each item of a list that is a path, alone or before its description (`/ip` Returns
    Origin IP., ``/status``: entry point): the method its description names alone ("Returns POST data"), else
    GET. An item that is no HTTP route (a websocket's, or a mount with an unnamed group `/statics/()`) counts as a
    path of the list but gives an empty one; a websocket's item that states its method right after the path
    (`/ws **GET** Handles websocket connections`, `_METHOD_FIRST`) is a route like the others."""
    found = []
    braced = braced_names([f"{term} {text}" for term, text in block.items])
    for term, text in block.items:
        item = unbracketed(f"{term} {text}".strip(), braced)  # `[/{tms}]/map`: the full form of the path
        match = _PATH_ITEM.match(item) or _RELATIVE_ITEM.match(item)
        if match is None:
            continue
        rest = match["rest"] or ""
        named = set(_NAMED_METHOD.findall(rest))
        path = match["path"] if match["path"].startswith("/") else "/" + match["path"]
        skip = "()" in path or (_NOT_HTTP.search(rest) and not _METHOD_FIRST.match(rest))
        if stated := suffixed_methods(item):  # `/api/user/ (GET, PUT, PATCH)`: the methods it states, each
            found.extend((method, "" if skip else path) for method in stated)
            continue
        found.append((named.pop() if len(named) == 1 else "GET", "" if skip else path))
    return found


def route_items(block: Block) -> int:
    """How many items of a list count toward whether it is a list of routes: all but the fields nested under
    a route that states its methods (`suffixed_methods`)."""
    return len(block.items) - fields_under_routes(block)


_REQUEST_BODY = re.compile(r"(?i)\brequest (?:body|bodies|payload)\b")


def bodies_after_items(section: Section, found: list[Mention]) -> list[Mention]:
    """Where the text says the section shows request bodies ("with an example of the request body they take"), a
    JSON object right after a method-less route item is that route's body, and a route that takes one is POST."""
    if not any(b.kind == "text" and _REQUEST_BODY.search(b.text) for b in section.blocks):
        return found
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        body = parse_json(block.text) if before.kind == "list" and block.kind == "code" else None
        if not isinstance(body, dict):
            continue
        item = next((m for m in reversed(found) if m.where == before.where and m.method == "GET"), None)
        if item is not None:
            item.method = "POST"
            item.request = Request("POST", item.target, body=body, body_kind="json")
    return found


_URL_ALONE = re.compile(r"https?://[^\s/]+/[^\s]*")
_CURL_IN_TEXT = re.compile(r"(?m)(?:^|(?<=[\s:]))curl\s+-[^\n]*|(?<=`)curl\s+-[^\n`]*")
"""A curl command after words on its line, or in inline code (```curl -XHEAD host/x```), which ends it."""


def running_text_requests(text: str, method: str) -> list[Request]:
    """Example requests written in running text: a paragraph that is a URL alone
    (`http://localhost:3000/download?name=fileName`), a request of the method a label before it names, else GET;
    and a curl command after words on its line ("eg: curl --form file=@a.png http://localhost:3000/upload") or
    written as inline code in a sentence ("Example: ```curl -XGET 192.168.10.4:5607/healthcheck```")."""
    stripped = text.strip()
    if _URL_ALONE.fullmatch(stripped):
        return [Request(method or "GET", split_target(stripped))]
    return [r for m in _CURL_IN_TEXT.finditer(text) for r in parse_curl(m.group(0))]


def query_in_row(path: str, row: tuple[str, ...]) -> str:
    """The query string of an example of `path` another cell of its table row shows ("Lists rows -
    /api/tableName/bulk?_ids=1,2,3"), or ""."""
    for cell in row:
        match = re.search(rf"(?<![\w/]){re.escape(path)}(?P<query>\?[^\s`|]+)", cell) if "?" not in path else None
        if match:
            return match["query"]
    return ""


def drop_head_checks(mentions: list[list[Mention]]) -> None:
    """`curl http://localhost:3000/proxy/health -I` where the page states `GET /proxy/health` and no HEAD: a HEAD
    request (which every GET route answers) shown to check a route, not an operation of its own."""
    stated = {(m.method, path_key(m.target.path)) for found in mentions for m in found if m.kind in ("line", "table")}
    for found in mentions:
        found[:] = [
            m
            for m in found
            if not (
                m.method == "HEAD"
                and m.kind in ("curl", "http")
                and ("GET", path_key(m.target.path)) in stated
                and ("HEAD", path_key(m.target.path)) not in stated
            )
        ]
