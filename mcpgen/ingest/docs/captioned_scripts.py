"""Requests written as a server script and its query string, without method, slash or host, in a code block under
a caption that opens with the method:

    - GET VOD Streams:
    ```shell
    player_api.php?username=*&password=*&action=get_vod_streams
    player_api.php?username=*&password=*&action=get_vod_streams&category_id=X
    ```

The caption says what is asked and how (the method word first, a colon closing it); the block holds only request
targets relative to the server's root, each a file name with its extension (the script that answers) and the
query it is sent with. Each line is an example request of that method on `/<script>`: the query names its query
parameters (the values are examples: `*`, `X`, `[m3u|m3u_plus]`). Lines of one script, under one caption or many
(the same script dispatched by a different `action`), are one endpoint whose parameters are the union.

A sentence of the page that names such scripts and says they answer both methods ("the panel_api.php,
player_api.php & xmltv.php are callable via GET+POST", "accepts GET and POST") gives each named script's GET a
POST twin, which sends in its body what the GET sends in its query (a form handler reads either).

A block with any other line (a shell command, a menu, a full URL) or a caption that does not open with a method
is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Document, Section
from .endpoint import Endpoint
from .mention import Mention
from .requests import split_target

_CAPTION = re.compile(r"^\s*[*_`]*(?P<method>GET|POST|PUT|PATCH|DELETE)\b[^\n:]*:[*_`]*\s*$")
_SCRIPT_LINE = re.compile(
    r"^(?P<path>[A-Za-z_][\w-]*(?:/[\w.-]+)*\.[A-Za-z][A-Za-z0-9]{0,4})\?(?P<query>[^\s?#]*=[^\s#]*)$"
)
_BOTH = re.compile(
    r"\b(?:GET\s*(?:\+|/|&|\band\b|\bor\b|\bund\b|\boder\b)\s*POST|POST\s*(?:\+|/|&|\band\b|\bor\b|\bund\b|\boder\b)"
    r"\s*GET)\b"
)
_SCRIPT_NAME = re.compile(r"(?<![\w./-])/?(?P<name>[A-Za-z_][\w-]*(?:/[\w.-]+)*\.[A-Za-z][A-Za-z0-9]{0,4})(?![\w/-])")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _caption(block: Block | None) -> str:
    """The method a list item or paragraph right before a code block opens its caption with; "" if none."""
    if block is None:
        return ""
    text = block.items[-1][1] if block.kind == "list" and block.items else block.text if block.kind == "text" else ""
    match = _CAPTION.match(text)
    return match["method"] if match else ""


def captioned_scripts(doc: Document) -> list[Mention]:
    """One mention per script line of each code block captioned by a method (see the module's docstring)."""
    found: list[Mention] = []
    for section in doc.sections:
        before: Block | None = None
        for block in section.blocks:
            if block.kind == "code" and (method := _caption(before)):
                lines = [line.strip() for line in block.text.splitlines() if line.strip()]
                matches = [_SCRIPT_LINE.match(line) for line in lines]
                if lines and all(matches):
                    for match in matches:
                        target = split_target("/" + match.group(0))
                        found.append(Mention(method, target, block.where, "line"))
            before = block
    return found


def _sentences(section: Section) -> Iterator[str]:
    for block in section.blocks:
        texts = [block.text] if block.kind == "text" else [t for _, t in block.items] if block.kind == "list" else []
        for text in texts:
            yield from _SENTENCE_END.split(" ".join(text.split()))


def both_methods(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> list[tuple[Endpoint, Section]]:
    """The GET endpoints of scripts a sentence of `doc` names and says take both GET and POST, with its section."""
    gets = {e.path.lstrip("/"): e for (method, _), e in endpoints.items() if method == "GET" and "." in e.path}
    found: list[tuple[Endpoint, Section]] = []
    for section in doc.sections:
        for sentence in _sentences(section):
            if not _BOTH.search(sentence):
                continue
            for match in _SCRIPT_NAME.finditer(sentence):
                endpoint = gets.get(match["name"])
                if endpoint is not None and all(endpoint is not e for e, _ in found):
                    found.append((endpoint, section))
    return found


__all__ = ["both_methods", "captioned_scripts"]
