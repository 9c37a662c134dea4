"""Well-known URIs a sentence names in code, beside request lines the page states:

    - Clients discover the server through `/.well-known/oauth-authorization-server` and register themselves.
    - Web extensions publish their own resource metadata under `/.well-known/oauth-protected-resource/<path>`.
    ... this instance serves the tokens the `acme` adapter published under `/.well-known/acme-challenge/`.

A path under `/.well-known/` (RFC 8615) is a resource a server publishes at a fixed place for clients to discover
and fetch: the OAuth server metadata, a resource's metadata, an ACME challenge's token, `security.txt`. Naming one
is naming a GET route of the server (RFC 8615 defines them for retrieval; a client never writes to one), so a
sentence or list item that writes one in code states `GET` of it, though it says no method. A placeholder in it
(`<path>`) is a path parameter, as anywhere.

Read only on a page that states its routes as request lines elsewhere (a page of such sentences alone is read
whole by `mentions.coded_templates`), only for a path written from the root (a full URL,
`https://provider.example/.well-known/openid-configuration`, is another server's document, which the page points
to), and not where a route of the page already has that path (of any method: the page said its method there) or
a template of it ("served at the path-suffixed URL, e.g. `/.well-known/oauth-protected-resource/mcp`" beside the
stated `GET /.well-known/oauth-protected-resource/<path>`: an example of that route). A paragraph or item that names
other paths in code with no method either ("Endpoints include `/aauth/bootstrap`, `/aauth/audit` ... read the
endpoint URLs from `/.well-known/aauth-person.json`") names paths without stating their routes, and its well-known
path is left with them."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS, path_key, split_target

_WELL_KNOWN = re.compile(r"(?<![\w:/.])`(?P<path>/\.well-known/[A-Za-z0-9][^\s`]*)`")
_CODED_PATH = re.compile(r"`/(?!\.well-known/)[^\s`]*`")
_METHOD_WORD = re.compile(rf"(?i)\b(?:{'|'.join(METHODS)})[*_]*\s*$")
"""Another path in code (`` `/aauth/audit` ``; `` `GET /x` `` is a request line, not a path alone)."""


def _methodless_paths(text: str) -> bool:
    """`text` names another path in code with no method before it (not `GET `/x``, `**POST** `/x``)."""
    return any(not _METHOD_WORD.search(text[max(0, m.start() - 12) : m.start()]) for m in _CODED_PATH.finditer(text))


def _fits(path: str, template: str) -> bool:
    if "{" not in template:
        return False
    pattern = "/".join(re.sub(r"\\\{[^/]*?\\\}", "[^/]+", re.escape(s)) for s in template.split("/"))
    return re.fullmatch(pattern, path) is not None


def well_known_paths(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add `GET path` for each `/.well-known/...` path `doc` writes in code in a sentence or list item, to the
    mentions of its section, when the page states request lines and no route of it has that path."""
    if not any(m.kind == "line" and not m.inferred for found in mentions for m in found):
        return
    routes = {path_key(m.target.path) for found in mentions for m in found}
    templates = {m.target.path for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            if block.kind not in ("text", "list"):
                continue
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for match in (
                m
                for text in texts
                if "/.well-known/" in text and not _methodless_paths(text)
                for m in _WELL_KNOWN.finditer(text)
            ):
                target = split_target(match["path"])
                if path_key(target.path) in routes or any(_fits(target.path, t) for t in templates):
                    continue
                routes.add(path_key(target.path))
                found.append(Mention("GET", target, block.where, "line", inferred=True))
