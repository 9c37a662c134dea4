"""Routes a sentence states in the active voice, by what a server serves at a coded path or what a path returns,
beside request lines the page states elsewhere:

    Pass `network=...` to the server and it serves them at `/network.bin`.
    The server serves each image at `/firmware.bin` too.
    Routes come from the page list, `/<page>.png` for each, plus `/`, which returns the schedule as JSON.
    A person opens the install page at `/setup` in a browser.

The passive "X is served at `/path`" is read by `served_at`; these say the same with the server as subject
("serves ... at `/path`"), with the path as the subject of a relative clause ("`/path`, which returns ..."),
name a page at a path (a page is what a browser fetches), or have the routes as their subject ("Routes come
from ..., `/<page>.png` for each": every coded path the sentence names, a placeholder a value to fill in). No
method is said: GET, what a browser or `curl` sends to a URL. Read only on a page that states request lines (a
page of sentences alone is read by `mentions.coded_templates`), and not for a path that begins a route the page
states, nor a sentence about the API's documentation; only the routes' own sentence may write a placeholder.
Sentences in table cells are read as well (a table of modules or settings says in its cells what each serves).
Not read: "serves" without "at" before the path (`serves files under `/static``: a folder), nor a page *of*
documentation (`the Swagger page at `/docs``).
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_PATH = r"`(/[^\s`<>{}]*)`"
_SAID = re.compile(
    rf"\bserves?\b[^.;`]{{0,60}}(?:`[^`/]+`[^.;`]{{0,30}})?\s+at\s+{_PATH}"
    rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+)?page\s+at\s+{_PATH}"
    rf"|{_PATH},?\s+which\s+returns\b"
)
_ROUTES = re.compile(r"(?:^|(?<=[.!?]\s))(?:[Tt]he\s+(?:server's\s+)?)?[Rr]outes\s+(?:come|are)\b(?:`[^`]*`|[^.!?`])*")
"""A sentence whose subject is the routes ("Routes come from the page list, `/<page>.png` for each, plus `/`"):
each coded path it names is a route, a placeholder in it a value to fill in."""
_CODED = re.compile(r"`(/[^\s`]*)`")
_DOCS = re.compile(r"(?i)\b(?:openapi|swagger|redoc|documentation|docs)\b")


def served_sentences(doc: Document, mentions: list[list[Mention]], routes: list[str]) -> None:
    """Add `GET path` for each sentence of `doc` that says a server serves something at a coded path, names a
    page at one, says what one returns, or names the routes, to the mentions of its section, unless a route of
    the page starts with that path."""
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind == "table":  # a module's or a setting's description in a cell
                texts = [cell for row in block.body_rows for cell in row]
            elif block.kind in ("text", "list"):
                texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            else:
                continue
            said = [(t, m, next(g for g in m.groups() if g is not None)) for t in texts for m in _SAID.finditer(t)]
            said += [
                (t, c, c[1]) for t in texts for m in _ROUTES.finditer(t) for c in _CODED.finditer(t, m.start(), m.end())
            ]
            for text, match, written in said:
                path = split_target(written.rstrip(".,;:)")).path
                sentence = text[max(text.rfind(". ", 0, match.start()), 0) : match.end()]
                if _DOCS.search(sentence) or path in routes:
                    continue
                if any(r == path or (path != "/" and r.startswith(path.rstrip("/") + "/")) for r in routes):
                    continue
                routes.append(path)
                found.append(Mention("GET", split_target(path), block.where, "line", inferred=True))


__all__ = ["served_sentences"]
