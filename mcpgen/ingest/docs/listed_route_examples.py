"""Code blocks nested in the items of a route list, each under the route item it belongs to:

    - **POST** `/notes` - Create a note.
      - **Example**:
        ```json
        {"title": "Groceries", "body": {"text": "..."}}
        ```
    - **GET** `/notes/:id` - Get a note.
      - **Example**:
        ```json
        {"id": "1", "title": "Groceries"}
        ```

A page may state its routes as a list, one item per request line, and nest under each the example it shows
(directly, or under a nested item that captions it). The list is read as one block and the code after it, each
block labelled by the item it was nested in; so the routes share one section and no block is known as any route's.
Each code block is the example of the route item it was nested under, the last item stating a request line at or
before the item that holds it, and each route that holds examples gets a section of its own, titled by its
request line, under the list's section: the route's item, then its examples. A caption that says no more than
"example" or "sample" (in one of several languages, with a format word such as JSON) names neither a request nor a
response, so it is dropped and the example follows the request line at once, read as what follows one is (a
write's body, a read's answer); a caption that says more ("Response:") is kept. A list whose items do not each
state one request line, and code after a list that no item labels, are left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import request_lines

_NEUTRAL = re.compile(
    r"(?i)^\W*(?:(?:json|xml|yaml|code)\s+)?(?:example|sample|exemple|ejemplo|exemplo|beispiel|esempio|"
    r"m[ẫâa]u|v[íi]\s+d[ụu]|示例|例子|样例|範例|例|サンプル|예시|예제)s?(?:\s+(?:json|xml|yaml|code|data|d[ữu]\s+li[ệe]u))?"
    r"\W*$"
)
"""A caption that only says "example" / "sample" (Vietnamese mẫu, ví dụ; Chinese 示例; ...), perhaps of JSON."""


def _key(text: str) -> str:
    return text.strip().rstrip(":").strip()


def _routes(items: tuple[tuple[str, str], ...]) -> dict[int, tuple[str, str]] | None:
    """Index of each top-level item -> its (method, path), when every top-level item states one request line."""
    found: dict[int, tuple[str, str]] = {}
    for index, (term, text) in enumerate(items):
        if term:
            continue
        lines = request_lines(text)
        if len(lines) != 1 or lines[0][0] > 8:
            return None
        found[index] = (lines[0][1], lines[0][2])
    return found if len(found) >= 2 else None


def _split(section: Section) -> list[Section] | None:
    for at, block in enumerate(section.blocks):
        routes = _routes(block.items) if block.kind == "list" else None
        if not routes:
            continue
        items, cursor = block.items, 0
        held: dict[int, list[Block]] = {}
        end = at + 1
        while end < len(section.blocks):
            label, code = section.blocks[end], section.blocks[end + 1] if end + 1 < len(section.blocks) else None
            if label.kind != "text" or code is None or code.kind != "code":
                break
            place = next((i for i in range(cursor, len(items)) if _key(items[i][1]) == _key(label.text)), None)
            owner = max((i for i in routes if place is not None and i <= place), default=None)
            if owner is None:
                break
            kept = [] if place == owner or _NEUTRAL.match(label.text.replace("*", "")) else [label]
            held.setdefault(owner, []).extend([*kept, code])
            cursor, end = place + 1, end + 2
        if not held:
            return None
        parent = replace(section, blocks=[*section.blocks[: at + 1], *section.blocks[end:]])
        subs = []
        for index, examples in held.items():
            method, path = routes[index]
            title = f"{method} {path}"
            item = Block("text", examples[0].where, text=items[index][1])
            subs.append(Section(title, section.level + 1, (*section.path, title), item.where, [item, *examples]))
        return [parent, *subs]
    return None


def listed_route_examples(doc: Document) -> Document:
    """`doc` with the code nested in a route list's items under sections of their routes (see the module)."""
    sections: list[Section] = []
    changed = False
    for section in doc.sections:
        split = _split(section) if section.level > 0 else None
        changed = changed or split is not None
        sections.extend(split or [section])
    return replace(doc, sections=sections) if changed else doc
