"""Routes sentences point a reader to, on a page that writes no method anywhere and states its routes as bare paths:

    It can then serve tiles from those databases at the following URL:

        /-/tiles/db-name/zoom/x/y.png

    An example map for each database can be found at `/-/tiles/db-name`.
    Visit `/-/tiles` for an index page of attached databases.
    The `/-/tiles-stack/{z}/{x}/{y}.png` endpoint provides this feature.
    For a demo of this in action, visit https://demo.example.org/-/tiles-stack and zoom in.

Such a page (a plugin's README: pages and images a browser or a map library fetches) says where things are with
the same paths it writes alone on a line, and in sentences too: a coded path something "can be found at", one the
reader is told to visit or open, one called "the ... endpoint". Each is a route of the page, GET (what a browser
sends; the page says no other method), when it is under a first segment the page's stated routes use (a path of
another site or of the file system is not). A full URL the reader is told to visit (a demo deployment) is a page
of the API where its path is the head of a route the page states (`/-/tiles-stack` of
`/-/tiles-stack/{z}/{x}/{y}.png`): the page that route's family answers at; any other URL (a project's site, a
repository) is a link. Read only where every mention of the page is inferred (no method written anywhere): a page
that writes methods states its routes with them.

A sentence may also point to a route it names so, with the URL below it rather than in it:

    You can now open the root route in your browser to access a demo web page:

    * http://localhost:8000/

A sentence ending in a colon that tells the reader to open or visit a "route" or an "endpoint" (the page's own word
for what answers there) over a list (or code block) of URLs alone states each as a route, GET, where the URL is on
the origin the page's other routes are written on (the same server); a URL of another origin, or one under a
sentence that calls it no route ("open the dashboard in your browser:"), stays a link.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import path_key, split_target

_POINTED = re.compile(
    r"(?i)(?:\b(?:found|seen|viewed|accessed|reached)\s+at|\b(?:visit|open|browse\s+to|navigate\s+to|go\s+to))\s+"
    r"(?:the\s+)?`(?P<coded>/[^`\s]*)`"
    r"|\bthe\s+`(?P<named>/[^`\s]*)`\s+(?:endpoint|route|page)\b"
    r"|(?i:\b(?:visit|open|browse\s+to|navigate\s+to|go\s+to))\s+<?(?P<url>https?://[^\s<>`)]+)"
)

_OPENED_ROUTE = re.compile(
    r"(?i)\b(?:visit|open|browse\s+to|navigate\s+to|go\s+to|point\s+\w+\s+browser\s+(?:to|at))\b"
    r"[^:]*\b(?:route|endpoint)s?\b[^:]*:\s*$"
)
""""open the root route in your browser to access a demo page:": routes, the URLs below."""
_URL_ALONE = re.compile(r"^[`<]*(?P<url>https?://[^\s/`<>]+/[^\s`<>]*)[`>]*$")


def _opened_routes(doc: Document, mentions: list[list[Mention]], origins: set[str]) -> None:
    """Add `GET path` for each URL alone on the page's origin below a sentence opening "a route" (see above)."""
    for section, found in zip(doc.sections, mentions, strict=True):
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if before.kind != "text" or not _OPENED_ROUTE.search(before.text) or block.kind not in ("list", "code"):
                continue
            lines = [d.strip() for _, d in block.items] if block.kind == "list" else block.text.strip().splitlines()
            urls = [_URL_ALONE.match(line.strip()) for line in lines]
            if not urls or not all(urls):
                continue
            for match in urls:
                target = split_target(match["url"])  # type: ignore[index]
                if target.origin in origins and path_key(target.path) not in {path_key(m.target.path) for m in found}:
                    found.append(Mention("GET", target, block.where, "line", inferred=True))


def _first(path: str) -> str:
    return path.lstrip("/").split("/", 1)[0]


def _head_of(path: str, routes: set[str]) -> bool:
    """`path` is the leading segments of one of `routes`, and shorter."""
    path = path.rstrip("/")
    return bool(path) and any(r.startswith(path + "/") for r in routes)


def visited_paths(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` for each path a sentence points the reader to (see the module docstring)."""
    stated = [m for found in mentions for m in found]
    if not stated or not all(m.inferred for m in stated):
        return
    _opened_routes(doc, mentions, {m.target.origin for m in stated if m.target.origin})
    routes = {m.target.path for m in stated}
    heads = {_first(r) for r in routes}
    pointed: list[tuple[list[Mention], Block, re.Match[str]]] = []
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            pointed.extend((found, block, m) for text in texts for m in _POINTED.finditer(text))
    coded = [(f, b, m["coded"] or m["named"]) for f, b, m in pointed if not m["url"]]
    coded = [(f, b, path) for f, b, raw in coded if _first(path := split_target(raw.rstrip(".,;:")).path) in heads]
    routes.update(path for _, _, path in coded)  # (a URL may be the head of a route a sentence names after it)
    urls = [(f, b, split_target(m["url"].rstrip(".,;:")).path) for f, b, m in pointed if m["url"]]
    known = {path_key(m.target.path) for m in stated}
    for found, block, path in coded + [(f, b, path) for f, b, path in urls if _head_of(path, routes)]:
        if path_key(path) not in known:
            known.add(path_key(path))
            found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))
