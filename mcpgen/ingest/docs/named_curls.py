"""Curl commands in running text that state a route the page names only in its sentences.

    # Healthcheck
    It is available in two flavors, both accessible under ```/healthcheck``` endpoint.
    ## Simple check
    It does not return any data because it is accessible only for ```HEAD``` requests.
    Example: ```curl -XHEAD 192.168.10.4:5607/healthcheck```

A curl command written in a sentence is read as an example of a route the page states elsewhere, and dropped
where it fits none (`example_paths.keep_fitting_examples`). Here the page states the route in prose alone: it
names the path in code in a sentence of the section or of one enclosing it, and the command writes its method
(`-XHEAD`, `-X GET`, `--request POST`), so the command is the request line the sentences leave out. A command
that writes no method (a browser-style fetch), or whose path no sentence names, stays an example.
"""

from __future__ import annotations

import re

from .blocks import Document, Section
from .mention import Mention

_METHOD_FLAG = re.compile(r"(?:^|\s)(?:-X\s*|--request\s+)(?P<method>[A-Za-z]+)\b")
_CURL = re.compile(r"curl\s+-[^\n`]*")
_CODED = re.compile(r"`+(?P<path>/[^\s`]*)`+")


def _named_paths(section: Section) -> set[str]:
    """The paths a section's sentences write alone in code (```/healthcheck```), curl commands left out."""
    named: set[str] = set()
    for block in section.blocks:
        if block.kind == "text":
            named.update(m["path"].rstrip(".,;:") for m in _CODED.finditer(_CURL.sub("", block.text)))
    return named


def _written_methods(section: Section) -> set[tuple[object, str]]:
    """(where, method) for each curl command in a section's sentences that writes its method (`-X`, `--request`)."""
    return {
        (block.where, flag["method"].upper())
        for block in section.blocks
        if block.kind == "text"
        for command in _CURL.finditer(block.text)
        if (flag := _METHOD_FLAG.search(command.group(0)))
    }


def state_named_curls(doc: Document, mentions: list[list[Mention]]) -> None:
    """Mark as stated (not `listed`) each curl command of running text whose method the command writes and whose
    path a sentence of its section, or of a section enclosing it, names in code."""
    enclosing: list[tuple[int, set[str]]] = []
    for section, found in zip(doc.sections, mentions, strict=True):
        while enclosing and enclosing[-1][0] >= section.level > 0:
            enclosing.pop()
        enclosing.append((section.level, _named_paths(section)))
        named = set().union(*(paths for _, paths in enclosing))
        written = _written_methods(section)
        for mention in found:
            sentence = mention.kind == "curl" and mention.listed and (mention.where, mention.method) in written
            if sentence and mention.target.path in named:
                mention.listed = False
