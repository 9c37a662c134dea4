"""URLs written in code from a placeholder for the host, with no scheme and no method, each standing alone (a
paragraph, or the items of a list, that is only the URL):

    1. ``<your-domain>/update-by-path/secret/name``
    2. ``<your-domain>/update-by-path/secret/name/ip_1``

    ``<your-domain>/update-by-query?secret=secret&name=name&ip_1=1.2.3.4``

    * ``secret``: a password-like string.
    * ``ip_1``: an IP address.

The placeholder (`<your-domain>`, `<host>`, `<server address>`) stands for where the service runs: what follows
it is the route's path, which the reader is told to call ("hit this url"). No method is written: a URL one is
pointed at is fetched, so each is the request line of a GET. URLs of different lengths are different routes.

Segments after the first that are bare words, with no braces or angle brackets, are values to fill where the
document itself treats the word as an argument's name: it is a key of a query string the document's own URLs
write (`?secret=...`), or a list item defines it (`` ``ip_1``: An IP address ``). Such a segment is a path
placeholder of that name (`/update-by-path/{secret}/{name}/{ip_1}`); any other word is literal. A URL written in
the middle of a sentence (an aside naming the API) is left as it is, as is a URL on a scheme (`https://host/x`)
or a placeholder that does not name a host."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section

_HOST = r"<(?:[\w.]*[-_\s])?(?:domain|host|hostname|server|address|ip)(?:[-_\s][\w\s.-]*)?>"
_URL = re.compile(rf"`{_HOST}(?P<path>/[^`\s]*)`", re.I)
_ALONE = re.compile(rf"\s*`{_HOST}/[^`\s]*`\s*[.:]?\s*", re.I)
_QUERY_KEY = re.compile(r"[?&](?P<name>[A-Za-z_][\w-]*)=")
_DEFINED = re.compile(r"^\s*`(?P<name>[A-Za-z_][\w-]*)`\s*:")
_WORD = re.compile(r"[A-Za-z_][\w-]*")


def host_placeholder_urls(doc: Document) -> Document:
    """`doc` with each URL written alone from a host placeholder written as its GET request line, its bare-word
    segments that the document uses as argument names written as placeholders."""
    if not any(_alone(b) for s in doc.sections for b in s.blocks):
        return doc
    names = _argument_names(doc)
    sections: list[Section] = []
    for section in doc.sections:
        blocks = [_as_request_lines(b, names) if _alone(b) else b for b in section.blocks]
        sections.append(section if blocks == section.blocks else replace(section, blocks=blocks))
    return replace(doc, sections=sections)


def _alone(block: Block) -> bool:
    if block.kind == "text":
        return _ALONE.fullmatch(block.text) is not None
    if block.kind == "list":
        return bool(block.items) and all(_ALONE.fullmatch(f"{t} {d}") for t, d in block.items)
    return False


def _argument_names(doc: Document) -> set[str]:
    """The words the document uses as argument names: the keys of its URLs' query strings, the coded names its
    list items define."""
    names: set[str] = set()
    for block in (b for s in doc.sections for b in s.blocks):
        texts = [block.text] if block.kind in ("text", "code") else [f"{t} {d}".strip() for t, d in block.items]
        for text in texts:
            names.update(m["name"] for url in _URL.finditer(text) for m in _QUERY_KEY.finditer(url["path"]))
            if block.kind == "list" and (defined := _DEFINED.match(text)) is not None:
                names.add(defined["name"])
    return names


def _as_request_lines(block: Block, names: set[str]) -> Block:
    texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
    lines = [f"GET {_templated(m['path'], names)}" for text in texts for m in _URL.finditer(text)]
    return Block("code", block.where, text="\n".join(lines))


def _templated(path: str, names: set[str]) -> str:
    route, mark, query = path.partition("?")
    segments = route.split("/")
    for index in range(2, len(segments)):  # (segments[0] is empty, segments[1] names the operation)
        if _WORD.fullmatch(segments[index]) and segments[index] in names:
            segments[index] = "{" + segments[index] + "}"
    return "/".join(segments) + mark + query
