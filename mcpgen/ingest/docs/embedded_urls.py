"""A service a page says is used by putting its URL into a web page, shown only as the HTML element that loads it:

    To use the image processing service, include the application url as you would any other image. E.g. this
    image url

        <img src="http://i.imgur.com/zZ8XmBA.jpg" />

    Would be replaced with this image url

        <img src="http://localhost:8888/?url=http%3A%2F%2Fi.imgur.com%2FzZ8XmBA.jpg&w=300&h=300&mode=crop" />

An image proxy, a chart or badge renderer, a thumbnailer is called by the browser that loads an element whose
source is the service's URL (`<img src>`, `<iframe src>`, `<video src>`, `<a href>`): what the browser sends for
it is GET, and the URL's query string holds the request's query parameters. The page writes no method for it,
and no request line or `curl` command anywhere (a page that writes requests states its routes with them). A
`<script src>` or `<link href>` loads a script or a style sheet the service hands out, an asset of the page,
not an operation. Only a URL on the
service's own origin is read: a local address (`localhost`, `127.0.0.1`, `0.0.0.0`), where the reader runs the
service, or an origin the page shows alone on a line in code as the address the service is reached at
("can be accessed by visiting: `http://localhost:8888/`"); the image being replaced, on another site, and a
badge or a picture hosted elsewhere are no route of the service. A form's `action` is left alone: a form says
its own method.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

from .blocks import Block, Document, Section
from .requests import request_lines

_ELEMENT = re.compile(
    r"<(?:img|iframe|video|audio|source|embed|a)\b[^<>]*?\b(?:src|href)\s*=\s*"
    r"(?P<q>[\"'])(?P<url>https?://[^\"'\s<>]+)(?P=q)",
    re.I,
)
_ALONE = re.compile(r"\s*(?P<origin>https?://[^/\s]+)/?\s*")
_LOCAL = re.compile(r"(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::\d+)?", re.I)


def _states_requests(doc: Document) -> bool:
    return any(request_lines(s.title) for s in doc.sections) or any(
        request_lines(b.text) for s in doc.sections for b in s.blocks if b.kind in ("text", "code")
    )


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def embedded_urls(doc: Document) -> Document:
    """`doc` with each URL of the service that an HTML element in code loads written after it as its GET request
    line (see the module)."""
    codes = [b for s in doc.sections for b in s.blocks if b.kind == "code"]
    if not any(_ELEMENT.search(b.text) for b in codes) or _states_requests(doc):
        return doc
    shown = {_origin(m["origin"]) for b in codes if (m := _ALONE.fullmatch(b.text))}
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for block in section.blocks:
            blocks.append(block)
            if block.kind != "code":
                continue
            lines = []
            for match in _ELEMENT.finditer(block.text):
                url = match["url"].replace("&amp;", "&")
                netloc = urlsplit(url).netloc
                if _LOCAL.fullmatch(netloc) or _origin(url) in shown:
                    lines.append(f"GET {url}")
            if lines:
                blocks.append(Block("code", block.where, text="\n".join(dict.fromkeys(lines))))
        sections.append(replace(section, blocks=blocks) if len(blocks) != len(section.blocks) else section)
    return replace(doc, sections=sections)
