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
"""

from __future__ import annotations

import re

from .blocks import Document, retitled
from .page_methods import page_wide_methods
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


def sole_method_path_headings(doc: Document) -> Document:
    """`doc` with each heading that is a bare path alone titled by the one method the page says every call
    takes, in its own title and in the heading paths of the sections under it (see the module)."""
    titled = [s for s in doc.sections if s.level > 0 and _PATH_ONLY.match(s.title.strip())]
    if not titled:
        return doc
    method = sole_method(doc)
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
