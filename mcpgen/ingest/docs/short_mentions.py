"""A request line in a sentence that writes a stated route without the prefix the route table gives it: "so
`GET /notifications/one-off` scans the notification stream", where the routes are stated as
`/api/v1/notifications/one-off`, `/api/v1/notifications/pending`...

Prose often shortens a route to the part that names it once the table has given it whole; read as written, the
line is a route of its own the document never states. It is left out where exactly one route stated with the same
method in a route table (a row, not an example URL under a host) ends with that path (segment for segment, under a
longer prefix), the short path is written only in running text (a paragraph with more words than the request
line), and it has at least two segments (a single word such as `/health` may well be a route of its own, served
beside the API's prefix), unless that one segment is a placeholder ("poll `GET /{run_id}` for progress" beside
`GET /admin/runs/{run_id}`): a bare placeholder names no resource of its own, only the one route that ends in it.
A request line to a full URL (`GET http://host:port/x/reload`) writes its path whole, from the origin: it shortens
nothing, and is left as it is.

A list whose items are sentences about requests ("- DELETE /resource/{id} → 409 if any Service references it",
"- POST /service with unknown supportingResource → 422") shortens routes the same way: an item that goes on in words
after its request line is running text too. Once one such item of a list writes a stated route short by the rule
above, the list is written in short form, and its items of a single segment (`POST /service`) that end exactly one
stated route of their method are short as well, not routes of their own; a list none of whose items is shown to
shorten a route leaves a single segment alone.

An item that opens with its request line and then describes the route, after a separator or in a sentence of its
own ("- GET `/ontology` Return top-level ontology index.", "- GET `/ontology`: the index"), is an entry of a route
list, not a sentence about a request: a route list may state `/ontology` beside `/explore/ontology` (a demo page's
route), and neither shortens the other.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention

_DESCRIBED = re.compile(r"\s*(?:[:\u2013\u2014]|-\s|[A-Z][a-z])")
"""What follows a route item's request line when the item describes the route: a separator, or a sentence."""
_PLACEHOLDER = re.compile(r"/(?:\{\w+\}|<\w+>|:\w+)")


def _prose_lines(doc: Document) -> set[tuple[str, int | None, int | None]]:
    """(file, page, line) of each paragraph that says more than a request line."""
    return {
        (block.where.file, block.where.page, block.where.line)
        for section in doc.sections
        for block in section.blocks
        if block.kind == "text" and len(block.text.split()) > 4
    }


def _sentence_lists(doc: Document) -> dict[tuple[str, int | None, int | None], list[str]]:
    """(file, page, line) of each list to the texts of its items that say more than a request line."""
    return {
        (block.where.file, block.where.page, block.where.line): [
            f"{term} {text}" for term, text in block.items if len(f"{term} {text}".split()) > 4
        ]
        for section in doc.sections
        for block in section.blocks
        if block.kind == "list"
    }


def _in_sentence_item(mention: Mention, items: list[str]) -> bool:
    """The mention's request line opens or sits in one of the list's sentence items."""
    raw = re.escape(mention.target.path.rstrip("/")).replace(r"\{", "[{<:]").replace(r"\}", "[}>]?")
    for item in (item.strip() for item in items):
        line = re.search(rf"\b{mention.method}[`*\s]+{raw}/?[`*]*(?![\w/{{<:.-])", item)
        if line is not None and not (line.start() == 0 and _DESCRIBED.match(item, line.end())):
            return True
    return False


def drop_short_mentions(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out the prose request lines that write a stated route without its prefix (see the module)."""
    prose = _prose_lines(doc)
    lists = _sentence_lists(doc)
    every = [m for found in mentions for m in found]
    short: set[int] = set()
    single: dict[tuple[str, int | None, int | None], list[Mention]] = {}  # one-segment lines in sentence items
    shortening: set[tuple[str, int | None, int | None]] = set()  # lists shown to write a route short
    itemised = {
        id(m)
        for m in every
        if (key := (m.where.file, m.where.page, m.where.line)) in lists and _in_sentence_item(m, lists[key])
    }
    running = {id(m) for m in every if (m.where.file, m.where.page, m.where.line) in prose} | itemised
    for mention in every:
        path = mention.target.path.rstrip("/")
        key = (mention.where.file, mention.where.page, mention.where.line)
        if mention.kind != "line" or id(mention) not in running or mention.target.origin:
            continue  # (a full URL, `GET http://host:port/barman/reload`, writes its path whole, from the origin)
        if path.count("/") < 2 and not _PLACEHOLDER.fullmatch(path):
            if id(mention) in itemised and path.count("/") == 1 and len(path) > 1:
                single.setdefault(key, []).append(mention)
            continue
        if any(m.target.path.rstrip("/") == path and id(m) not in running for m in every if m.method == mention.method):
            continue  # also stated as a route of its own
        longer = {
            m.target.path.rstrip("/")
            for m in every
            if m.method == mention.method
            and m.target.path.rstrip("/").endswith(path)
            and len(m.target.path.rstrip("/")) > len(path)
        }
        if len(longer) == 1:
            short.add(id(mention))
            if id(mention) in itemised:
                shortening.add(key)
    for key in shortening:
        for mention in single.get(key, []):
            path = mention.target.path.rstrip("/")
            if any(
                m.target.path.rstrip("/") == path and id(m) not in running for m in every if m.method == mention.method
            ):
                continue  # also stated as a route of its own
            longer = {
                m.target.path.rstrip("/")
                for m in every
                if m.method == mention.method and m.target.path.rstrip("/").endswith(path) and m.target.path != path
            }
            if len(longer) == 1:
                short.add(id(mention))
    if short:
        for found in mentions:
            found[:] = [m for m in found if id(m) not in short]
