"""Bullets that are each one full URL, some tagged with the method they take (`[POST] `https://host/api/auth/signin``),
the others bare (`https://host/api/game/room-terrain?room=E1N8``): an endpoint reference written as example
requests. A tag says the list is one of requests, so a bare URL beside tagged ones is a GET (what a URL alone
asks for) whose query string names its query parameters."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .requests import split_target

_METHODS = "GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS"
_URL_BULLET = re.compile(
    rf"^(?:\[\s*(?P<tag>(?:{_METHODS})(?:\s*/\s*(?:{_METHODS}))*)\s*\]\s*)?`(?P<url>https?://[^\s`]+)`\s*$", re.I
)


def _origin(url: str) -> str:
    return re.match(r"https?://[^/?#]+", url)[0].lower()  # type: ignore[index]


def url_bullets(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add the URL bullets no other reading found, on a page whose list items are full URLs on one origin, at
    least three, at least one of them tagged with a method: each a request of its tag's methods (`[GET/POST]` is
    two), a bare one a GET of its URL's path (the same path under several query strings is one endpoint, the names
    of every string its query parameters). A page of bare URLs alone (links, examples) and one whose URLs span
    several sites is left."""
    bullets = []
    for index, section in enumerate(doc.sections):
        for block in section.blocks:
            if block.kind != "list":
                continue
            for _, text in block.items:
                if match := _URL_BULLET.match(text.strip()):
                    bullets.append((index, block, match))
    if len(bullets) < 3 or not any(m["tag"] for _, _, m in bullets):
        return
    if len({_origin(m["url"]) for _, _, m in bullets}) != 1:
        return
    known = {endpoint_key(m) for found in mentions for m in found}
    for index, block, match in bullets:
        target = split_target(match["url"])
        methods = re.split(r"\s*/\s*", match["tag"].upper()) if match["tag"] else ["GET"]
        for method in methods:
            mention = Mention(method, target, block.where, "line", inferred=not match["tag"])
            if match["tag"] and endpoint_key(mention) in known:
                continue
            mentions[index].append(mention)
