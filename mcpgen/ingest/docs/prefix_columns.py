"""A table that gives each group of routes its path prefix in one cell and a request relative to it in another:

    | Vendor | Prefix    | Key endpoint                          |
    | ------ | --------- | ------------------------------------- |
    | Acme   | `/acme`   | `POST /v1/text-to-speech/{voice_id}`  |
    | Globex | `/globex` | `GET/POST /process`                   |

A server that mounts several sub-APIs (compatibility layers, plugins, tenants) under a prefix each often lists
them so: the prefix cell says where the group lives, the request cell says what the group serves there, written
as the group's own documentation writes it (from the group's root). The route the server answers is the two
joined, `POST /acme/v1/text-to-speech/{voice_id}`, as a client pointed at `http://host/acme` would send it.

Read only where the table says so: its header names the column a prefix (or mount point, base path), or the text
of its section says the groups live under a prefix (or are mounted); every row's cell in that column is a bare
path (literal segments, no method, no query); and at least two rows hold a request line in another cell. A request
already written under its row's prefix is left as it is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .requests import METHODS, path_key, request_lines, split_target

if TYPE_CHECKING:
    from .blocks import Block, Document
    from .mention import Mention

_PREFIX_HEAD = re.compile(r"(?i)^(?:(?:url|path|route|api)\s+)?(?:prefix|mount(?:\s+point)?|mounted\s+at|base\s+path)$")
_PREFIX_PROSE = re.compile(r"(?i)\b(?:under|behind|at)\s+(?:its|their|a|an)\s+(?:own\s+)?(?:url\s+|path\s+)?prefix")
_PREFIX_PROSE_ALT = re.compile(r"(?i)\b(?:is|are)\s+mounted\s+(?:under|at)\s+(?:its|their)\s+own\b")
_BARE_PATH = re.compile(r"/[\w.~-]+(?:/[\w.~-]+)*")
_SHARED_METHODS = re.compile(
    rf"\b(?P<methods>(?:{'|'.join(METHODS)})(?:/(?:{'|'.join(METHODS)}))+)\s+(?P<target>/[^\s`*]*)"
)


def _clean(cell: str) -> str:
    return cell.strip().strip("`*").strip()


def _requests(cell: str) -> list[tuple[str, str]]:
    """(METHOD, raw target) of each request line of a cell; `GET/POST /process` gives one per method."""
    found = [(m, raw) for _, m, raw in request_lines(cell)]
    for match in _SHARED_METHODS.finditer(cell):
        found.extend((m, match["target"]) for m in match["methods"].split("/") if (m, match["target"]) not in found)
    return found


def _prefix_column(block: Block, said: bool) -> int | None:
    """The column of bare path prefixes the table (its header, or its section's text) states, or None."""
    if not block.header or len(block.rows) < 3:
        return None
    heads = [re.sub(r"[`*_]", "", c).strip() for c in block.rows[0]]
    rows = block.rows[1:]
    for index, head in enumerate(heads):
        if not (_PREFIX_HEAD.match(head) or said):
            continue
        cells = [_clean(row[index]) if index < len(row) else "" for row in rows]
        if all(_BARE_PATH.fullmatch(c) for c in cells):
            lines = sum(any(_requests(c) for j, c in enumerate(row) if j != index) for row in rows)
            if lines >= 2:
                return index
    return None


def prefixed_rows(doc: Document, mentions: list[list[Mention]]) -> None:
    """Put each request a prefix table's row states under the row's prefix (see the module)."""
    for section, found in zip(doc.sections, mentions, strict=True):
        text = " ".join(b.text for b in section.blocks if b.kind == "text")
        said = bool(_PREFIX_PROSE.search(text) or _PREFIX_PROSE_ALT.search(text))
        for block in (b for b in section.blocks if b.kind == "table"):
            column = _prefix_column(block, said)
            if column is None:
                continue
            pending = [m for m in found if m.where == block.where and m.kind in ("line", "table")]
            for row in block.rows[1:]:
                prefix = _clean(row[column]).rstrip("/")
                for cell in (c for j, c in enumerate(row) if j != column):
                    for method, raw in _requests(cell):
                        key = (method, path_key(split_target(raw).path))
                        mention = next((m for m in pending if (m.method, path_key(m.target.path)) == key), None)
                        if mention is None:
                            continue
                        pending.remove(mention)
                        path = mention.target.path
                        if path != prefix and not path.startswith(prefix + "/"):
                            mention.target.path = prefix + path
                            mention.written = prefix + mention.written
