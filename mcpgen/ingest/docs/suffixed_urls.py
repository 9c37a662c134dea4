"""A full URL built in source code whose path ends with a route the page states as a suffix:

    Rich set of RESTful endpoints:
    - Image thumbnails (`/data/thumbnail.png`)

    ```js
    var thumbnailUrl = `http://localhost:8000/api/image-file/${imageId}/data/thumbnail.png?band=3&palette=viridis`;
    ```

A page that states its routes relative to wherever the reader mounts them (`/data/thumbnail.png`, under a viewset
the reader registers) shows, in a code example, one request of such a route with the mount written out: the URL's
path ends with the stated route, after segments the page leaves to the reader. Its query string names the query
parameters of that route (`band`, `palette`), as an example request's does. Read only from URLs in string literals
of code blocks (not curl or raw HTTP requests, which the page's other rules read), on a route of at least two
segments the page states with no method of its own (inferred), and only for the query: the mount is the reader's,
so no new route is added.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import Request, split_target

_LITERAL_URL = re.compile(r"[`'\"](?P<url>https?://[^\s`'\"]+\?[^\s`'\"]+)[`'\"]")


def suffixed_urls(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add, to the section of its code block, an example request of each stated route (see the module docstring)
    whose path a URL in a string literal ends with, carrying that URL's query string."""
    routes = {
        (m.method, m.target.path)
        for found in mentions
        for m in found
        if m.inferred and m.kind == "line" and len([s for s in m.target.path.split("/") if s]) >= 2
    }
    if not routes:
        return
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in (b for b in section.blocks if b.kind == "code"):
            if re.search(r"(?m)^\s*(?:\$\s*)?(?:curl|wget|http)\s", block.text):
                continue
            for match in _LITERAL_URL.finditer(block.text):
                target = split_target(re.sub(r"\$\{(\w+)\}", r"{\1}", match["url"]))
                for method, path in sorted(routes):
                    if target.path.endswith(path) and len(target.path) > len(path) and target.query:
                        shown = split_target(path)
                        shown.query = target.query
                        found.append(Mention(method, shown, block.where, "curl", Request(method, shown)))
