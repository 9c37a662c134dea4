"""A request a sentence points the reader to elsewhere on the page: "post the coverage (see `POST /client`
endpoint above)", "the `GET /jobs` route described below", "as in `DELETE /x` earlier".

Such a sentence does not state the request where it stands: it refers to the place that does (a table row, a
heading, a request line above or below), as a cross-reference in a book does. Read as the section's own request,
it would make its section (and the sections after it) that endpoint's description, and hand it the options and
lists that follow. A request so pointed at is left out of the section that points, when another section of the
page states the same endpoint (the place pointed to); one stated nowhere else is kept, since it is then the page's
only word on it."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS, path_key, split_target

_NOUN = r"(?:end\s*points?|routes?|requests?|calls?|operations?|methods?|sections?|entr(?:y|ies)|rows?)"
_POINTED = re.compile(
    rf"[`*]*(?P<method>{'|'.join(METHODS)})\s+[`*]*(?P<path>/[^\s`*]*)[`*]*"
    rf"(?:\s+{_NOUN})?(?:\s+(?:described|documented|listed|shown|explained|defined|mentioned))?"
    r"\s+(?:above|below|earlier|before)\b"
)


def drop_pointed_requests(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out of each section the mentions of requests one of its sentences points to as stated above or
    below, when another section mentions the same endpoint."""
    for index, (section, found) in enumerate(zip(doc.sections, mentions, strict=True)):
        pointed: set[tuple[str, str]] = set()
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            texts = [t for item in block.items for t in item] if block.kind == "list" else [block.text]
            for text in texts:
                for match in _POINTED.finditer(text):
                    pointed.add((match["method"], path_key(split_target(match["path"]).path)))
        if not pointed:
            continue
        elsewhere = {
            (m.method, path_key(m.target.path))
            for other, others in enumerate(mentions)
            if other != index
            for m in others
        }
        found[:] = [
            m for m in found if not ((key := (m.method, path_key(m.target.path))) in pointed and key in elsewhere)
        ]
