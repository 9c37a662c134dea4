"""A section that names a route only in passing, inside one item of a list about other things:

    ## Features
    - **Batch jobs**: scheduled training
    - **Evaluation**: clicks reported by the host (`POST /track`), shown on the Quality page
    - **Serve mode**: top-K over HTTP (`limit` / `category`)

The list sells or sums up the product, one item a topic; one item mentions the route that serves its topic. The
section is not that route's section: its other items' bold topic names and coded words (`limit`, `category`) are
no fields or parameters of the route. So the section belongs to no route when its own mentions are all inside
list items, in at most a third of the items of a list of three or more, and the section holds no table or code
block (a request's section shows its parameters or example there), no paragraph naming the route and no heading
naming it, and the route opens none of the items (`- POST /track: send clicks` is the route's own item, over
its options). The sections after it that took the route from it only as the one named last before them (a flat
layout) do not have it either, up to one that states the route itself. A section that inherits its route from
an enclosing heading keeps it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_OPENING = re.compile(r"^[\s*_`\[]+")


def passing_mentions(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """The owners, without sections that name their route only in one item of a longer list."""
    result = list(owners)
    for index, (section, found) in enumerate(zip(doc.sections, mentions, strict=True)):
        owner = result[index]
        if owner is None or not found or owner not in {endpoint_key(m) for m in found}:
            continue
        if any(b.kind in ("table", "code") for b in section.blocks):
            continue
        paths = {m.target.path for m in found}
        if any(p in section.title for p in paths):
            continue
        lists = [b for b in section.blocks if b.kind == "list"]
        texts = [b.text for b in section.blocks if b.kind != "list"]
        if any(p in t for p in paths for t in texts) or not lists:
            continue
        items = [_OPENING.sub("", text) for b in lists for _, text in b.items]
        if any(item.startswith(p) or item.split(" ", 1)[-1].startswith(p) for item in items for p in paths):
            continue  # `- POST /track: send clicks`: the item is the route's own, its list the route's section
        naming = [sum(any(p in text for p in paths) for _, text in b.items) for b in lists]
        passing = (n == 0 or (len(b.items) >= 3 and 3 * n <= len(b.items)) for n, b in zip(naming, lists, strict=True))
        if sum(naming) and all(passing):
            result[index] = None
            _unowned_after(index, owner, mentions, result)
    return result


def _unowned_after(index: int, owner: tuple[str, str], mentions: list[list[Mention]], result: list) -> None:
    """The sections after `index` that took `owner` from it (the route named last before them) without stating
    it themselves (a request line, or the one row of a table) no longer have it either."""
    for later in range(index + 1, len(result)):
        if result[later] != owner:
            return
        found = mentions[later]
        stated = {endpoint_key(m) for m in found if m.kind != "table"}
        rows = {endpoint_key(m) for m in found if m.kind == "table"}
        if owner in stated or rows == {owner}:
            return
        result[later] = None
