"""Zope browser views a document names only in its prose, placed where the sentence says they are called.

Zope and Plone serve pages as views, named with two at-signs (`@@overview`) and opened in a browser on an
object: the view is a GET of the object's path followed by `@@name`. A document may name such a view only in a
sentence ("There is a view that shows all votes: @@votes-overview", "Managers can call **@@votes-report** view on
a content", "call **@@all-votes** view on the application root (`/`)"). The sentence states the route; where it
is traversed is said by the sentence too:

- "on the application root" (or the root `/`): on the root, `/@@all-votes`;
- "on a content" (an indefinite article: any object of that kind): on a placeholder named by the kind, under the
  site the document's own example requests traverse (`/site/{content}/@@votes-report`);
- nothing said of where, in a sentence introducing it ("There is a view"): on that site
  (`/site/@@votes-overview`), the object a listing of the site is opened on.

A sentence that says only that something calls a view ("The script is used to call the **@@reminders** view")
states no request a client makes and no object: it is not read.

The site is the first segment of the document's example requests made on a named service below it
(`/site/front-page/@vote`), when they all agree. A view the sentence introduces with an example ("a view
(``@@download``) that downloads the file, for example:") is read from the example instead, and a view some request
already shows is not named again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .mention import Mention
from .requests import split_target
from .stated_calls import CALLED_ON

if TYPE_CHECKING:
    from .blocks import Document

_VIEW = re.compile(r"(?<![\w/@])(?:\*\*|\*|``|`)?(?P<name>@@[A-Za-z][\w.-]*)(?:\*\*|\*|``|`)?(?![\w/])")
_ROOT = re.compile(r"\bon the (?:application |site )?root\b|\(`/`\)")
_VIEW_WORD = re.compile(r"\bviews?\b", re.I)
_THERE_IS = re.compile(r"\bthere is a view\b", re.I)
"""A view the sentence introduces as offered ("There is a view ... that shows ..."), not one something calls."""
_SERVICE = re.compile(r"@@?[A-Za-z_][\w.-]*")


def _site(mentions: list[list[Mention]]) -> str:
    """The first segment of the example requests made on a named service under it, when they agree."""
    sites: set[str] = set()
    for found in mentions:
        for m in found:
            segments = m.target.path.split("/")
            if m.kind in ("curl", "http") and any(_SERVICE.fullmatch(s) for s in segments[2:]):
                sites.add(segments[1])
    return next(iter(sites)) if len(sites) == 1 and "{" not in next(iter(sites)) else ""


def prose_views(doc: Document, mentions: list[list[Mention]]) -> None:
    """GET routes for `@@views` the prose alone names, on the root, a kind of object, or the site."""
    shown = {s for found in mentions for m in found for s in m.target.path.split("/") if s.startswith("@@")}
    site: str | None = None
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind != "text" or not _VIEW_WORD.search(block.text) or block.text.rstrip().endswith(":"):
                continue
            for match in _VIEW.finditer(block.text):
                name = match["name"]
                if name in shown:
                    continue
                if site is None:
                    site = _site(mentions)
                kind = CALLED_ON.search(block.text)
                if _ROOT.search(block.text):
                    path = "/" + name
                elif kind:
                    path = ("/" + site if site else "") + "/{" + kind["kind"] + "}/" + name
                elif _THERE_IS.search(block.text):
                    path = ("/" + site if site else "") + "/" + name
                else:
                    continue
                shown.add(name)
                found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))
