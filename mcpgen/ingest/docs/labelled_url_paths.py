"""Bare paths a section gives under a label that says they are its URL, on a page that writes no method:

    <dl>
      <dt>URL:</dt>        <dd>/generations</dd>
      <dt>Returns:</dt>    <dd>A list of all generations.</dd>
    </dl>

    URL:
    - /point/{SRID}/{x},{y}
    - /point/{SRID}/{x},{y}/box

A page that states no request line reads a list of paths as its routes only when the list holds three or more
(`mentions.path_lists`): one or two bare paths may be anything the page names. A label naming what follows as the
URL (`URL:`, `Endpoint:`, `Path:`, `Route:`), as a definition term whose definition is nothing but paths, or as a
paragraph of its own right before a list every item of which is a path, says so already: each path is a route of
the section, fetched with GET as no method is written, however few there are. An HTML definition list holding such
an item (`url_definition`) lays out one route's description, its terms labels (`Returns:`) rather than parameter
names: it is read as its labels and their definitions in turn, as a list whose definitions hold lists is. A
definition or list that mixes paths with prose (`URL: see /docs for the address`), or a label on another word
(`Example:`, `Returns:`), is left to the other rules.
"""

from __future__ import annotations

import re

from .blocks import Block, Section

_LABEL = re.compile(r"(?i)^\s*(?:request\s+|resource\s+)?(?:url|uri|endpoint|path|route)s?\s*:?\s*$")
_PATH = r"/[^\s<>\"'`]*"
_PATHS = re.compile(rf"^\s*{_PATH}(?:\s+{_PATH})*\s*$")


def _paths(text: str) -> list[str]:
    """The paths `text` holds, when it holds nothing else."""
    return text.split() if _PATHS.match(text) else []


def url_definition(term: str, definition: str) -> bool:
    """A definition list item that labels its definition as the URL and defines nothing but paths: the list
    lays out one route's description (its URL, what it returns), its terms labels rather than parameters."""
    return bool(_LABEL.match(term) and _paths(definition))


def labelled_paths(section: Section) -> list[tuple[Block, list[tuple[str, str]]]]:
    """(block, [(GET, path)]) for each paragraph of paths only, or list every item of which is one path, right
    after a paragraph that is a URL label (an item's first path: an HTML item left unclosed runs on into the
    items after it)."""
    found: list[tuple[Block, list[tuple[str, str]]]] = []
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        if before.kind != "text" or not _LABEL.match(before.text):
            continue
        if block.kind == "text":
            paths = _paths(block.text)
        elif block.kind == "list":
            listed = [_paths(text) for _, text in block.items]  # (an unclosed `<li>` holds the items after it)
            paths = [item[0] for item in listed] if block.items and all(listed) else []
        else:
            paths = []
        if paths:
            found.append((block, [("GET", path) for path in paths]))
    return found


__all__ = ["labelled_paths", "url_definition"]
