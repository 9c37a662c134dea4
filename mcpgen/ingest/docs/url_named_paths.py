"""Routes a page states only as relative URLs in code, on a page that writes no request line:

    Using a url like ``charts/line?user=remi`` will give you a chart like this ...
    Or one for a package, ``charts/line?package=nethack``.

    So far you have only seen the ``charts/line`` URL, but there are many others. Choose from any of these:

    - line
    - bar
    - pie

A page about images, feeds or downloads a client fetches (an `<img>` source, a link) may name its routes only
as paths relative to the service, written in code and called URLs ("a url like `x`", "the `x` URL"). Such a
path is a GET of the service (nothing else is said of its method), its query string's names that request's query
parameters; every other path in code on the page under the same first segment is another example of the same
family of URLs, read alike. A sentence that names one such URL and says there are others to choose from, over a
list of single words among which is that URL's last segment, lists the alternatives of that segment: each word
is a route of its own, taking the parameters the page shows on the named URL or on any other of the listed
alternatives (they differ only in that segment, so an option shown on one, `charts/bar?style=x`, is an option of
each). A page that writes any request line (a method and a path), a relative path in code no sentence calls a URL
(a file, `src/app.js`), and a list of words without the named URL's last segment are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import parse_qsl

from .blocks import Block, Document, Section
from .requests import request_lines

_PATH = r"[a-z][\w-]*(?:/[\w.-]+)+/?(?:\?[^`\s]*)?"
_CALLED_URL = re.compile(rf"(?i)\burls?\s+(?:like|such\s+as)\s+`(?P<a>{_PATH})`|`(?P<b>{_PATH})`\s+urls?\b")
_SPAN = re.compile(rf"`(?P<path>{_PATH})`")
_OTHERS = re.compile(r"(?i)\b(?:others|any\s+of\s+(?:these|the\s+following)|one\s+of\s+(?:these|the\s+following))\b")
_WORD = re.compile(r"[a-z][\w-]*")
_FILE = re.compile(r"\.(?:js|ts|py|json|ya?ml|md|html?|css|txt|cfg|conf|ini|sh|rst|png|svg|jpe?g)$")


def _states_requests(doc: Document) -> bool:
    return any(request_lines(s.title) for s in doc.sections) or any(
        request_lines(b.text) for s in doc.sections for b in s.blocks if b.kind in ("text", "code")
    )


def _split(raw: str) -> tuple[str, list[str]]:
    path, _, query = raw.partition("?")
    return path.rstrip("/"), [name for name, _ in parse_qsl(query, keep_blank_values=True)]


def url_named_paths(doc: Document) -> Document:
    """`doc` with the relative URLs its sentences name written as GET request lines (see the module)."""
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind == "text"]
    called = [m["a"] or m["b"] for text in texts for m in _CALLED_URL.finditer(text)]
    families = {_split(raw)[0].split("/")[0] for raw in called if not _FILE.search(_split(raw)[0])}
    if not families or _states_requests(doc):
        return doc
    shown: dict[str, list[str]] = {}  # path -> the query names the page shows on it
    for text in texts:
        for match in _SPAN.finditer(text):
            path, names = _split(match["path"])
            if path.split("/")[0] in families and not _FILE.search(path):
                shown.setdefault(path, [])
                shown[path].extend(n for n in names if n not in shown[path])
    sections: list[Section] = []
    for section in doc.sections:
        blocks: list[Block] = []
        for index, block in enumerate(section.blocks):
            blocks.append(block)
            if block.kind != "text":
                continue
            lines = []
            for match in _SPAN.finditer(block.text):
                path, names = _split(match["path"])
                if path in shown:
                    query = "&".join(f"{n}=" for n in names)
                    lines.append(f"GET /{path}" + (f"?{query}" if query else ""))
            after = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
            named = [m["a"] or m["b"] for m in _CALLED_URL.finditer(block.text)]
            if named and _OTHERS.search(block.text) and after is not None and after.kind == "list":
                words = [text.strip() for term, text in after.items if not term]
                path = _split(named[-1])[0]
                parent, _, last = path.rpartition("/")
                if path in shown and all(_WORD.fullmatch(w) for w in words) and last in words:
                    # what the page shows on any of the alternatives, each of them takes (`?style=` shown on
                    # `charts/bar` is an option of `charts/line` too: they differ only in the listed segment)
                    union = [n for w in words for n in shown.get(f"{parent}/{w}", [])]
                    query = "&".join(f"{n}=" for n in dict.fromkeys(union))
                    lines.extend(f"GET /{parent}/{w}" + (f"?{query}" if query else "") for w in words)
            if lines:
                blocks.append(Block("code", block.where, text="\n".join(dict.fromkeys(lines))))
        sections.append(replace(section, blocks=blocks) if blocks != section.blocks else section)
    return replace(doc, sections=sections)
