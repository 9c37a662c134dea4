"""A URL grammar stated in a sentence, whose last placeholder a list enumerates: "The API endpoint is
`/api/v1/<service>/<action>`, always `GET`", then "The possible `<actions>` are." over a bullet list of bare
words (`start`, `stop`, `status`, `journal`). The grammar is no route of its own: the list closes the set of
values the placeholder takes, and each value is a route of its own (`GET /api/v1/{service}/start`), with the
method the grammar's sentence names. Concrete URLs the page shows under the grammar
(`http://host/api/v1/ngx/start`, `.../ngx/journal/<number>`) are its examples: the words at the grammar's other
placeholders are the values filled in (`ngx` is a `{service}`), so they state the member routes, and a longer one
a member's deeper route (`/api/v1/{service}/journal/{number}`).

Read only where the list's lead-in names the grammar's last placeholder as the grammar writes it (`<action>`,
plural allowed), every item is one bare word, and the page shows at least one member filled in as a concrete path:
values listed for a path parameter and never shown as routes of their own (`GET /pets/{status}`, "status is one of:
available, pending, sold") stay values. The grammar's sentence must name one method.
"""

from __future__ import annotations

import re

from .blocks import Block, Document
from .mention import Mention
from .requests import METHODS, split_target

_GRAMMAR = re.compile(r"`(?P<path>/[^`\s]*/[<{](?P<name>[A-Za-z_]\w*)[>}]/?)`")
"""A path in code whose last segment is a placeholder, `<action>` or `{action}`."""
_METHOD = re.compile(rf"\b({'|'.join(METHODS)})\b")
_WORD = re.compile(r"^`?(?P<word>[A-Za-z][\w-]*)`?$")
MIN_MEMBERS = 2


def _members(block: Block) -> list[str]:
    """The words of a list whose every item is one bare word (in code or not)."""
    words = [_WORD.match(text.strip()) for _, text in block.items]
    return [w["word"] for w in words if w] if len(words) >= MIN_MEMBERS and all(words) else []


def _grammars(doc: Document) -> list[tuple[str, str, list[str], int]]:
    """(method, grammar path, members, index of the section of the list) for each grammar a list enumerates."""
    found = []
    blocks = [(i, b) for i, s in enumerate(doc.sections) for b in s.blocks]
    for at, (_, block) in enumerate(blocks):
        if block.kind != "text":
            continue
        for match in _GRAMMAR.finditer(block.text):
            methods = set(_METHOD.findall(block.text))
            if len(methods) != 1:
                continue
            lead = re.compile(rf"[<{{]{re.escape(match['name'])}s?[>}}]")
            for (index, text), (_, listed) in zip(blocks[at + 1 :], blocks[at + 2 :], strict=False):
                if text.kind == "text" and listed.kind == "list" and lead.search(text.text) and _members(listed):
                    path = split_target(match["path"]).path.rstrip("/")
                    found.append((methods.pop(), path, _members(listed), index))
                    break
    return found


def _filled(path: str, grammar: list[str], members: list[str]) -> list[str] | None:
    """`path` with the grammar's placeholders written back in, when it fills the grammar with a member."""
    segments = path.split("/")
    last = len(grammar) - 1
    if len(segments) <= last or segments[last] not in members:
        return None
    head = []
    for segment, part in zip(segments[:last], grammar[:last], strict=True):
        if (part.startswith("{") and not segment) or (not part.startswith("{") and segment != part):
            return None
        head.append(part if part.startswith("{") else segment)
    return head + segments[last:]


def enumerated_members(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add a route per member of each enumerated grammar of `doc`, and fit the page's concrete paths under it."""
    for method, path, members, index in _grammars(doc):
        grammar = path.split("/")
        shown = [
            (m, filled)
            for found in mentions
            for m in found
            if (filled := _filled(m.target.path, grammar, members)) and filled != m.target.path.split("/")
        ]
        if not shown:
            continue
        for m, filled in shown:
            m.target.path = "/".join(filled)
        known = {(m.method, m.target.path) for found in mentions for m in found if m.kind in ("line", "table")}
        where = doc.sections[index].where
        for member in members:
            route = "/".join([*grammar[:-1], member])
            if (method, route) not in known:
                mentions[index].append(Mention(method, split_target(route), where, "line"))


__all__ = ["enumerated_members"]
