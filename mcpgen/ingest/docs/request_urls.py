"""Requests a page gives as a URL alone on a `Request:` label line, naming no method:

    1. Server Info

    Request: daap://server/server-info (or http://server:3689/)
    Response: msrv

A URL alone asks for what it locates: the request is a GET (what a browser, `curl` or `wget` sends for it), as
long as the section names no method and no sentence of the page says which methods its endpoints take. The URL
is the first one on the line; what follows it in brackets is an aside. A URL wrapped over two lines (the break
inside a `<list of fields>` placeholder, or after a `?` or `&`) is read whole.

The URL may use the API's own scheme (`daap://server/...`) where the page says that its origin stands for an HTTP
one ("daap://server can be interchanged with http://server:3689"): the request goes to that HTTP origin. A URL of
another scheme that the page equates with no HTTP origin (`ws://`, `ftp://`) is no HTTP request and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .page_methods import page_wide_methods
from .requests import METHODS

_URL = r"(?P<url>(?:[a-z][a-z0-9+.-]*://[^\s/()<>]+)?/[^\s()]*|[a-z][a-z0-9+.-]*://[^\s/()<>]+)"
_REQUEST_LABEL = re.compile(rf"^\s*[*_]*(?:http\s+)?request[*_]*\s*:[*_`\s]*{_URL}", re.I)
"""`Request: http://host/x`, `**Request:** /x`: the label names the request, its value is a URL or a path."""
_ORIGIN = r"[a-z][a-z0-9+.-]*://[^\s/()<>,;]+"
_SAME_ORIGIN = re.compile(
    rf"(?P<custom>{_ORIGIN})\s+(?:can\s+be\s+|is\s+)?(?:interchang(?:ed|eable)|equivalent|the\s+same\s+as|"
    rf"replaced|an\s+alias|short(?:\s*hand)?)\s*(?:with|to|by|for|of|as)?\s+(?P<http>https?://[^\s/()<>,;]+)",
    re.I,
)
""""daap://server can be interchanged with http://server:3689": the page's own scheme and host, as HTTP."""
_METHOD_WORD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")


def http_origins(doc: Document) -> dict[str, str]:
    """The origins of the page's own scheme that it says stand for HTTP ones (`daap://server` -> `http://server:3689`)."""
    text = "\n".join(b.text for s in doc.sections for b in s.blocks if b.kind in ("text", "code"))
    found: dict[str, str] = {}
    for match in _SAME_ORIGIN.finditer(re.sub(r"\s+", " ", text)):
        custom = match["custom"].rstrip(".")
        if not custom.lower().startswith(("http://", "https://")):
            found.setdefault(custom.lower(), match["http"].rstrip(".:"))
    return found


def labelled_url(text: str) -> str:
    """The URL a `Request:` label line gives (joined where it wraps to the next line), or ""."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = _REQUEST_LABEL.match(line)
        if match is None:
            continue
        url = match["url"]
        after = " ".join([line[match.end() :], *lines[index + 1 : index + 3]]).split()
        while after and _unfinished(url):  # `<list of` then `fields>&session-id=<sid>`: one URL
            word = after.pop(0)
            url += (" " if url.count("<") > url.count(">") else "") + word
        return url if not _unfinished(url) else match["url"]
    return ""


def _unfinished(url: str) -> bool:
    return url.count("<") > url.count(">") or url.count("{") > url.count("}") or url.endswith(("?", "&"))


def _names_method(section: Section) -> bool:
    return any(_METHOD_WORD.search(b.text) for b in section.blocks if b.kind in ("text", "code")) or bool(
        _METHOD_WORD.search(section.title)
    )


def url_requests(doc: Document) -> Document:
    """`doc` with `GET <url>` written after each `Request:` label line whose value is a URL alone, in sections
    that name no method, on a page that says no method for all its endpoints."""
    wanted = [
        (i, j, url)
        for i, section in enumerate(doc.sections)
        for j, block in enumerate(section.blocks)
        if block.kind == "text" and (url := labelled_url(block.text))
    ]
    if not wanted or page_wide_methods(doc):
        return doc
    origins = http_origins(doc)
    sections = list(doc.sections)
    for i, j, url in reversed(wanted):
        section = sections[i]
        if _names_method(doc.sections[i]):
            continue
        scheme = re.match(r"(?P<origin>[a-z][a-z0-9+.-]*://[^\s/]+)", url, re.I)
        target = url
        if scheme is not None and not url.lower().startswith(("http://", "https://")):
            http = origins.get(scheme["origin"].lower())
            if http is None:
                continue  # another protocol's URL
            target = http + url[len(scheme["origin"]) :]
        block = section.blocks[j]
        line = Block("code", block.where, text=f"GET {target}")
        sections[i] = replace(section, blocks=[*section.blocks[: j + 1], line, *section.blocks[j + 1 :]])
    return replace(doc, sections=sections)


__all__ = ["http_origins", "labelled_url", "url_requests"]
