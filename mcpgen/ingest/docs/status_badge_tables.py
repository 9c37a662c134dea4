"""A table of routes whose rows each show a live-status badge of the route, the badge's alt text the route's full
URL and its image a status service checking that same URL:

    | Site     | Call  | Status                                                                 |
    | -------- | ----- | ---------------------------------------------------------------------- |
    | Bilibili | bili  | ![https://api.hot/bili](https://img.shields.io/website.svg?url=https://api.hot/bili)   |
    | Weibo    | weibo | ![https://api.hot/weibo](https://img.shields.io/website.svg?url=https://api.hot/weibo) |

A "website is up" badge is drawn by a service that fetches the URL its `url=` query names: each row's badge
fetches one route of the API and shows whether it answers, so the URL (which the alt text writes out) is the
request line of a GET, the way a browser or the badge service calls it. The rows must agree with one another:
every row's badge checks the URL its alt text writes, and all of them are on one origin (the demo deployment the
table lists); a table of badges of different sites (a list of projects, each with its own website badge), a badge
whose alt text is a word ("build", "status"), or one checking another URL than the alt text names, is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import parse_qs, unquote, urlsplit

from .blocks import Block, Document, Section

_BADGE = re.compile(r"!\[\s*(?P<alt>https?://[^\]\s]+?)\s*\]\(\s*(?P<src>https?://[^)\s]+)\s*\)")


def _checked(cell: str) -> str:
    """The URL a status badge in `cell` checks, when its alt text writes that same URL; else ""."""
    match = _BADGE.search(cell)
    if match is None:
        return ""
    alt = match["alt"].rstrip("/")
    checked = [unquote(v).rstrip("/") for v in parse_qs(urlsplit(match["src"]).query).get("url", [])]
    return match["alt"] if alt in checked and urlsplit(alt).path.strip("/") else ""


def _routes(block: Block) -> list[str]:
    """The URLs a table's status badges check, one a data row, when every data row has one on a shared origin."""
    if block.kind != "table" or len(block.rows) < 3:
        return []
    urls = []
    for row in block.rows[1:]:
        found = [url for cell in row if (url := _checked(cell))]
        if len(found) != 1:
            return []
        urls.append(found[0])
    origins = {urlsplit(url).netloc.lower() for url in urls}
    return urls if len(origins) == 1 else []


def status_badge_tables(doc: Document) -> Document:
    """`doc` with the URLs of each table of route status badges written after it as GET request lines."""
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            blocks.append(block)
            if urls := _routes(block):
                blocks.append(Block("code", block.where, text="\n".join(f"GET {url}" for url in dict.fromkeys(urls))))
        sections.append(replace(section, blocks=blocks) if len(blocks) != len(section.blocks) else section)
    return replace(doc, sections=sections)
