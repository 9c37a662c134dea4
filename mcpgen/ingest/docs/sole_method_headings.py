"""Sections titled by a bare path on a page that says its API takes one method only:

    General notes
    -------------
    All calls currently accept only GET requests.

    /items
    ------
    Lists the items. ``limit`` ...

A page may state its routes as headings that hold nothing but a path (`/items`, `` `/items` ``) and say once, for
all of them, which single method they take ("All API calls permit only GET requests", "The API supports only POST
requests", "Only GET requests are supported"). Each such heading is then the title of that method's request on
the path, as `GET /items` would be, so that what its section (and the sections under it) describes is read as
that operation's. A page that names no such method, or whose sentence names more than one, a heading with more
than a path (words, a method of its own), and a path heading over sub-sections titled by a method (`#### GET`,
one operation each) are left alone.

A page that names no method at all, anywhere, may instead show how its routes are called as full URLs with their
arguments in the query string (`http://host:port/history/list?past=201601&token=XX`), the URL one types into a
browser or a script fetches: that is a GET, and where such a URL calls the path of one of the page's path
headings, the page's path headings are its GET routes, those the URLs call and the others alike. A heading that
is a directory of the machine the service is installed on (`/var/lib/app/`, `/usr/share/app/`: what a setup
section lists) is no route in either case. The page's other query URLs on the same origin are its GETs too
(`queried_origin_calls.py`).

Such a page may instead gather its path headings, two or more, under a heading that calls them the routes
("Routes", "Endpoints", "API endpoints", "Available URLs"), each over prose that says what the route shows or
sends back:

    ## Routes
    ### /download/:platform
    Accepts a platform to download the appropriate copy of your app for.
    ### /update/:platform/:version
    Checks if there is an update available.

With no method written anywhere on the page, a route is what a browser, a download link or an updater fetches
by its URL: a GET, as a list of routes named without methods is read (`provided_routes.py`). Path headings
elsewhere on the page (not directly under such a heading), a single path heading, and a page that writes any
method (it then says which ones it takes, and a heading that does not is no request line) are left alone.
"""

from __future__ import annotations

import re

from .blocks import Document, Section, retitled
from .file_system_paths import installed_path
from .page_methods import page_wide_methods
from .queried_origin_calls import origin_calls, origins_calling
from .requests import METHODS

_METHOD = rf"`?(?P<method>{'|'.join(METHODS)})`?"
_SOLE = re.compile(
    r"(?i)\b(?:all|every|each|the)\s+(?:of\s+the\s+|the\s+)?(?:\w+\s+)?(?:endpoints?|routes?|api|(?:api\s+)?calls?|"
    r"requests?|resources?|services?|methods?)\b[^.;]{0,40}?\b(?:accept|support|permit|allow|respond\s+to|"
    r"take|handle|use)s?\s+only\s+" + _METHOD + r"(?:\s+(?:requests?|methods?|calls?))?\b"
    r"|\bonly\s+" + _METHOD.replace("method", "alone") + r"\s+(?:requests?|methods?)\s+(?:are|is)\s+"
    r"(?:supported|accepted|allowed|permitted)\b"
)
_PATH_ONLY = re.compile(r"^(?P<tick>`?)(?P<path>/[\w.~{}<>:$/-]*)(?P=tick)$")
_METHOD_TITLE = re.compile(rf"^`?(?:{'|'.join(METHODS)})\b")


def sole_method(doc: Document) -> str:
    """The one method a sentence of `doc` says all its calls take ("permit only GET requests"), or ""."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "text":
                continue
            match = _SOLE.search(block.text)
            if match is not None:
                return (match["method"] or match["alone"]).upper()
    said = page_wide_methods(doc)
    return said[0] if len(said) == 1 else ""


_ANY_METHOD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")


def queried_urls_imply_get(doc: Document, paths: set[str]) -> bool:
    """Whether `doc` names no method anywhere and calls one of `paths` by a full URL with a query string."""
    texts = [s.title for s in doc.sections] + [b.text for s in doc.sections for b in s.blocks]
    texts += [f"{t} {d}" for s in doc.sections for b in s.blocks for t, d in b.items]
    texts += [cell for s in doc.sections for b in s.blocks for row in b.rows for cell in row]
    return not any(_ANY_METHOD.search(text) for text in texts) and bool(origins_calling(doc, paths))


_ROUTES_TITLE = re.compile(
    r"(?i)^(?:(?:the|available|supported|public|http|rest|web|api|server)\s+)*(?:routes|endpoints|urls|api)$"
)


def _route_groups(titled: list[Section]) -> set[tuple[str, ...]]:
    """The heading paths of headings titled as the routes ("Routes", "API endpoints") over two or more of the
    path headings `titled` directly."""
    parents = [s.path[:-1] for s in titled if len(s.path) > 1 and _ROUTES_TITLE.match(s.path[-2].strip(" :`*_"))]
    return {parent for parent in parents if parents.count(parent) > 1}


def listed_routes_imply_get(doc: Document, titled: list[Section]) -> bool:
    """Whether `doc` names no method anywhere and lists path headings under a heading titled as its routes."""
    texts = [s.title for s in doc.sections] + [b.text for s in doc.sections for b in s.blocks]
    texts += [f"{t} {d}" for s in doc.sections for b in s.blocks for t, d in b.items]
    texts += [cell for s in doc.sections for b in s.blocks for row in b.rows for cell in row]
    return bool(_route_groups(titled)) and not any(_ANY_METHOD.search(text) for text in texts)


def sole_method_path_headings(doc: Document) -> Document:
    """`doc` with each heading that is a bare path alone titled by the one method the page says every call
    takes, in its own title and in the heading paths of the sections under it (see the module)."""
    titled = [
        s
        for s in doc.sections
        if s.level > 0 and (m := _PATH_ONLY.match(s.title.strip())) and not installed_path(m["path"])
    ]
    if not titled:
        return doc
    method = sole_method(doc)
    paths = {_PATH_ONLY.match(s.title.strip())["path"] for s in titled}
    if not method and queried_urls_imply_get(doc, paths):
        method = "GET"  # `http://host:port/history/list?past=201601` under `/history/list`, no method anywhere
        doc = origin_calls(doc, paths)  # and `http://host:port/barman/help?token=XX` in a note: a GET as well
    if not method and listed_routes_imply_get(doc, titled):
        method = "GET"  # `## Routes` over `### /download/:platform` headings, no method anywhere
        titled = [s for s in titled if s.path[:-1] in _route_groups(titled)]
    if not method:
        return doc
    renamed: dict[str, str] = {}
    for section in titled:
        under = [
            s for s in doc.sections if len(s.path) > len(section.path) and s.path[: len(section.path)] == section.path
        ]
        if any(_METHOD_TITLE.match(s.title.strip()) for s in under):
            continue  # `/pets` over `GET` and `POST` sub-sections: each its own operation
        renamed[section.title] = f"{method} {_PATH_ONLY.match(section.title.strip())['path']}"
    return retitled(doc, renamed)
