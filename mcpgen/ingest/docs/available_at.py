"""Routes a page states only in sentences about coded paths, on a page that states no request line, no endpoint
table and no list of paths:

    The map server is accessible at `/service`, `/ows` and `/wms`.
    The tile service is available at `/tiles/1.0`.
    A request to `/tiles/1.0` will return the metadata as XML.
    Here is an example tile request: `/tiles/1.0/roads/3/1/0.png`.

Such a page (a service's manual: its settings, and in passing where each service answers) says where a thing is
available or accessible, what a request to a path returns, or what an example request is. Each is a GET (what a
map or browser client sends to a URL; no other method is said), the path as written. Read only where the page
states nothing else but example URLs alone in code blocks (which, stating no route, kept the page from being read
as coded templates, `mentions.coded_templates`); a page that states its routes otherwise says by them what it
serves (`served_at` reads such sentences beside request lines).

Not read: what is *also* available at a path (`The file is also available at `/kml/a_b``: another address of a
route stated before, not a route of its own), paths something is available *under* (`Tiles are available under
`/tiles/mylayer/``: a folder of tiles, no request at it), a sentence about the API as a whole or its
documentation (`The API is available at `/api/v1``: a base), and a path only mentioned otherwise (`request
`/tiles` instead of `/tms``). A path word joining a kind the paragraph names to `name` (`/tms/1.0/layername`
beside "this specific layer") stands for the name of one: a value to fill in, `{layername}`.

Two more statements go with these on such a page. A URL template a sentence calls a template ("The default
template is `/{Layer}/{TileMatrix}/{TileCol}/{TileRow}.{Format}` for tile requests") is a route, under the prefix
the paragraph says all those requests begin with ("All RESTful requests begin with `/wmts`"). And a URL shown
alone in a literal block that fits none of the routes the sentences state is what the page shows of a route they
name only by a service's word ("The `/tiles` service accepts an `origin` parameter", then
`http://localhost:8080/tiles/osm/1/0/1.png?origin=nw`): kept as written, no template being stated for it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import path_key, split_target
from .templating import fits_template

_CODED = r"`(/[^`\s]*)`"
_LISTED = rf"{_CODED}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+){_CODED})*"
_AVAILABLE = re.compile(
    rf"\b(?:is|are)\s+(?P<also>also\s+)?(?:available|accessible|reachable|served)\s+at\s+(?P<paths>{_LISTED})"
)
_RETURNS = re.compile(
    rf"(?:^|(?<=[.!?]\s)|\b[Aa]\s+request\s+to\s+){_CODED}\s+(?:will\s+return|returns)\b"
    rf"|\bexample\s+(?:[A-Za-z-]+\s+)?request\s*:\s*{_CODED}"
)
_WHOLE_API = re.compile(r"(?i)\b(?:api|apis|openapi|swagger|redoc|documentation|docs)\b")


def _sentence(text: str, start: int) -> str:
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    end = text.find(". ", start)
    return text[begin : end if end >= 0 else len(text)]


def said_paths(text: str) -> list[str]:
    """The coded paths sentences of `text` say something is available at, or a request to returns, or that are an
    example request."""
    found = []
    for match in _AVAILABLE.finditer(text):
        if not match["also"] and not _WHOLE_API.search(_sentence(text, match.start())):
            found.extend(re.findall(_CODED, match["paths"]))
    for match in _RETURNS.finditer(text):
        found.extend(path for path in match.groups() if path)
    return found


def available_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` to the mentions of its section for each path `said_paths` finds, on a page whose mentions
    are at most example paths alone in code blocks (which say no route of their own)."""
    if any(not m.listed for found in mentions for m in found):
        return
    seen: set[str] = set()
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind == "text"):
            text = block.text
            for said in said_paths(text) + templates(text):
                path = said.rstrip(".,;:")
                if path_key(path) in seen or not path.strip("/"):
                    continue
                seen.add(path_key(path))
                path = _STAND_IN.sub(lambda m, text=text: _stand_in(m, text), path)
                found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))
    if seen:  # the URLs shown alone: what the page shows of routes its sentences name only by a service's word
        for m in (m for found in mentions for m in found if m.listed and "{" not in m.target.path):
            if not any(fits_template(m.target.path, route) for route in seen):
                m.listed = False


def templates(text: str) -> list[str]:
    """The URL templates a sentence of `text` calls templates ("The default template is `/{Layer}/{Row}.{Format}`
    for tile requests"), under the prefix another says all such requests begin with ("All RESTful requests begin
    with `/wmts`")."""
    found = [
        path
        for sentence in re.split(r"(?<=[.!?])\s+", text)
        if _TEMPLATE_WORD.search(sentence)
        for path in re.findall(_CODED, sentence)
        if "{" in path
    ]
    prefix = _BEGIN_WITH.search(text)
    if prefix is None:
        return found
    head = prefix["prefix"].rstrip("/")
    return [path if path.startswith(head + "/") else head + path for path in found]


_TEMPLATE_WORD = re.compile(r"(?i)\btemplates?\b")
_BEGIN_WITH = re.compile(r"(?i)\brequests?\b[^.]{0,40}?\b(?:begin|start)s?\s+(?:with\s+)+`(?P<prefix>/[^`\s]*)`")


_STAND_IN = re.compile(r"(?<=.)/(?P<kind>[a-z]{3,})(?P<name>name)(?=/|$|\.)")


def _stand_in(match: re.Match[str], text: str) -> str:
    """`/tms/1.0/layername` beside "this specific layer": a word that joins a kind the paragraph names to `name`
    stands for the name of one, a value to fill in (`{layername}`)."""
    word = match["kind"] + match["name"]
    named = re.search(rf"(?i)\b{match['kind']}s?\b", text) is not None
    return f"/{{{word}}}" if named else match.group(0)
