"""A list of paths a sentence introduces as endpoints, in a document that states its other routes with methods:

    This API exposes a few standardized discovery endpoints:

    - `/.well-known/openapi.json` — Machine-discoverable OpenAPI JSON.
    - `/.well-known/security.txt` — Security disclosure file.

Each item is a route of the API whose method the list does not say: the one its description names alone, else
GET (a path one is pointed at is fetched). Read only where the structure is plain: the list comes right after a
lead-in that ends with a colon and says the API has the endpoints or routes that follow ("exposes these
endpoints:", "the following routes are available:"; not removed, deprecated or planned ones); every item, two or
more, opens with a path in code; a path the document names elsewhere is left to whatever names it there (not where
that is only a path alone in a code block, `/repositories?embed=true` after the list: a use of the listed route,
an example request, which states none).

The lead-in may say the list is what follows ("The endpoints are as follows:") or that an app mounts it ("This
mounts:" over a Django app's URLs: the routes it adds to a site; an item ending in an ellipsis, `/api/...`, stands
for the routes under it and is none), and the list may go on under a short lead-in that names the placeholder
the next items are under ("For each collection `<coll>`:", then `/<coll>/index`, `/<coll>/resource`): one list of
the API's endpoints, in parts. A list whose paths are the ends of routes the document states under such a
placeholder ("Within each collection, the following endpoints are available:" over `/index` and `/resource`)
names those routes again, relative to their collection: no routes of their own.

A heading may introduce the list in place of a sentence when it says the list is the pages of a web interface the
service serves ("## Web UI Routes", "## UI pages", "## Frontend routes") and the list opens the section: each path
is a page a browser opens, a GET. A heading that only says "Routes" or "Endpoints" is left (the list may be
routes written elsewhere with their methods, or a table of contents).
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .example_paths import listed_paths
from .fenced_paths import fenced_path_lists
from .known_path_lists import known_path_lists
from .mention import Mention
from .requests import path_key, split_target

_OFFERING = r"(?:(?:expos|provid|serv|includ)(?:es|e|ed|ing)|(?:offer|support|implement)(?:s|ed|ing)?|has|have)"
_LEAD_IN = re.compile(
    rf"(?i)\b{_OFFERING}\b[^.:]{{0,40}}\b(?:endpoints|routes)\s*:\s*$"  # "This API exposes these endpoints:"
    # "... are available:", "The endpoints are as follows:"
    rf"|\b(?:endpoints|routes)\b[^.:]{{0,20}}\b(?:are|is)\s+(?:available|as follows|{_OFFERING})\s*:\s*$"
    # "This mounts:", "The app mounts these URLs:": an app's URLs, added to a site's URL configuration
    r"|\bmounts\b(?:\s+(?:these|the following)\b[^.:]{0,20})?\s*:\s*$"
)
"""A lead-in saying the API has the endpoints that follow."""
_NOT_OFFERED = re.compile(
    r"(?i)\b(?:not|no longer|removed|deprecated|unsupported|planned|future|coming|former|old|legacy|internal)\b"
)
_CODED_PATH = re.compile(r"^`/[^`\s]*`")


_PER_PLACEHOLDER = re.compile(
    r"^(?:for|in|under|within)\s+(?:each|every|any)\s+[^.:`]{0,30}`(?:<\w+>|\{\w+\}|:\w+)`\s*:$", re.I
)
"""A lead-in that goes on with a list under a placeholder: "For each collection `<coll>`:"."""
_UI_TITLE = re.compile(
    r"(?i)\W*(?:web\s+)?(?:ui|user\s+interface|web\s+interface|frontend|front-end|browser|html|web)"
    r"\s+(?:routes|pages|urls)\W*"
)
"""A heading saying its list is the pages of the service's web interface: "Web UI Routes", "Frontend routes"."""


def _introduced(blocks: list[Block], at: int) -> list[Block]:
    """The lists the lead-in at `at` introduces: the list right after it, and the lists that follow it under a
    lead-in that names their placeholder."""
    lists: list[Block] = []
    i = at + 1
    while i < len(blocks) and blocks[i].kind == "list":
        lists.append(blocks[i])
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            following is None
            or following.kind != "text"
            or not _PER_PLACEHOLDER.match(" ".join(following.text.split()))
        ):
            break
        i += 2
    return lists


def _tail(path: str, routes: set[str]) -> bool:
    """`path` is the end of one of `routes` after placeholders alone (`/index` of `/{coll}/index`)."""
    return any(
        len(r) > len(path)
        and r.endswith(path)
        and all(re.fullmatch(r"\{[^{}]*\}", s) for s in r[: -len(path)].split("/")[1:])
        for r in routes
    )


def introduced_path_lists(doc: Document, mentions: list[list[Mention]]) -> None:
    """Inferred mentions, in the section that lists them, of the paths a lead-in introduces as endpoints."""
    named = {path_key(m.target.path) for found in mentions for m in found if not m.listed}  # (not a lone example)
    added: list[tuple[list[Mention], Mention]] = []
    for section, found in zip(doc.sections, mentions, strict=True):
        titled = _UI_TITLE.fullmatch(section.title.strip()) is not None
        for at, before in [(-1, None), *enumerate(section.blocks)]:
            lead = " ".join(before.text.split()) if before is not None and before.kind == "text" else ""
            if (before is None and not titled) or (before is not None and not lead):
                continue
            lists = _introduced(section.blocks, at)
            items = [item for block in lists for item in block.items]
            if len(items) < 2:
                continue
            if before is not None and (not _LEAD_IN.search(lead) or _NOT_OFFERED.search(lead)):
                continue
            if not all(_CODED_PATH.match(f"{term} {text}".strip()) for term, text in items):
                continue
            paths = [(block, found_path) for block in lists for found_path in listed_paths(block)]
            if len(paths) != len(items) or not all(path for _, (_, path) in paths):
                continue
            for block, (method, path) in paths:
                if path.endswith(("...", "\u2026")):  # `/api/qr/...`: the routes under a prefix, no route itself
                    continue
                target = split_target(path)
                if path_key(target.path) not in named:
                    added.append((found, Mention(method, target, block.where, "line", inferred=True)))
    routes = named | {path_key(m.target.path) for _, m in added}
    for found, mention in added:
        if not _tail(path_key(mention.target.path), routes):
            found.append(mention)
    fenced_path_lists(doc, mentions)  # ```api/v1/access  # Authentication```: slashless paths under "Endpoints"
    known_path_lists(doc, mentions)  # `/api/jobs` for ..., `/api/scheduler/jobs` for ...: one not stated elsewhere
