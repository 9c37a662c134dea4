"""A code block that lists an API's routes as paths written without their leading slash, one a line, each
alone or followed by a `#` comment that says what it is, under a heading or a lead-in saying that these are
the endpoints:

    ## Known API Endpoints

    Based on the URL patterns of the server:

    ```
    api/v1/access          # Authentication
    api/v1/chargerinfo     # Charger information
    api/v1/pairlist        # Paired devices
    ```

Web frameworks that route by URL patterns (Django's `path("api/v1/access", ...)`, many routers' rule tables)
write their routes without the leading slash, and a document that copies them lists them so. Each line is a
route of the API from the server's root (`/api/v1/access`); the list says no method, so it is GET (a path one
is pointed at is fetched), unless the document says elsewhere which method that very path takes, in a
sentence or a code comment ("Look for POST requests to /api/v1/access").

A fence of slashless words is common where nothing is a route (a file tree, module paths, shell commands, git
refs), so the block is read only where all of this holds:

- every non-blank line is a path of two or more segments of word characters or placeholders (no file
  extension, no `~` or `..`, no space inside), alone or followed by a `#` comment; three lines or more;
- every path opens with the same segment: the prefix an API's routes share (`api/`, `v1/`);
- the section's heading or the paragraph right before the block says endpoints, routes or URL patterns.

A path the document names elsewhere with its slash is left to whatever names it there.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import METHODS, path_key, split_target

_SEGMENT = r"(?:[A-Za-z0-9_-]+|<[A-Za-z_][\w:]*>|\{[A-Za-z_]\w*\}|:[A-Za-z_]\w*)"
_LINE = re.compile(rf"^\s*(?P<path>[A-Za-z0-9_-]+(?:/{_SEGMENT})+/?)\s*(?:#\s*(?P<comment>.*))?$")
_SAYS_ROUTES = re.compile(r"(?i)\b(?:(?:api\s+)?endpoints?|routes?|url\s+patterns?|urls|api\s+paths?)\b")
_NOT_OFFERED = re.compile(r"(?i)\b(?:not|no longer|removed|deprecated|unsupported|planned|future|legacy)\b")
_METHOD = "|".join(METHODS)


def _listed(text: str) -> list[tuple[str, str]]:
    """(path with its slash, comment) for each line of a block of slashless paths sharing their first segment;
    nothing when any line has another shape."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [_LINE.match(line) for line in lines]
    if len(lines) < 3 or not all(matches):
        return []
    paths = [("/" + m["path"], (m["comment"] or "").strip()) for m in matches if m]
    return paths if len({path.split("/")[1] for path, _ in paths}) == 1 else []


def _introduced(title: str, blocks: list[Block], at: int) -> bool:
    """The heading, or the paragraph right before the block at `at`, says what follows are endpoints."""
    before = blocks[at - 1].text if at and blocks[at - 1].kind == "text" else ""
    return any(_SAYS_ROUTES.search(text) and not _NOT_OFFERED.search(text) for text in (title, before) if text)


def _said_method(doc: Document, path: str) -> str:
    """The one method the document says requests to `path` take ("POST requests to /api/v1/access", in a
    sentence or a code comment); "" if it says none, or several."""
    said = re.compile(
        rf"\b(?P<method>{_METHOD})\s+(?:requests?|calls?)\s+(?:to|on|at|against)\s+[`'\"]?"
        rf"(?:https?://[^\s/`'\"]+)?{re.escape(path)}/?(?![\w/-])"
    )
    methods = {m["method"] for section in doc.sections for block in section.blocks for m in said.finditer(block.text)}
    return methods.pop() if len(methods) == 1 else ""


def fenced_path_lists(doc: Document, mentions: list[list[Mention]]) -> None:
    """Mentions, in the section that lists them, of the routes a fence of slashless paths lists (see above)."""
    named = {path_key(m.target.path) for found in mentions for m in found}
    for section, found in zip(doc.sections, mentions, strict=True):
        for at, block in enumerate(section.blocks):
            if block.kind != "code" or not (paths := _listed(block.text)):
                continue
            if not _introduced(section.title, section.blocks, at):
                continue
            for path, comment in paths:
                target = split_target(path)
                if path_key(target.path) in named:
                    continue
                method = _said_method(doc, path)
                found.append(Mention(method or "GET", target, block.where, "line", inferred=not method, text=comment))
