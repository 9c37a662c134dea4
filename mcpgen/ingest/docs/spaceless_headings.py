"""Markdown headings written the old way, with no space after the hashes:

    ####CONFIG
    Rest: /config
    ######/config/barman
    <b>Parameters: </b>

The original Markdown, and many renderers and editors since, read `####CONFIG` as a heading of level four;
CommonMark asks for a space after the hashes and reads the line as a paragraph's text. An author who writes
headings so writes every heading of the page so, and a reader sees each as the title of what follows it (here a
module, then one of its routes). So, before the Markdown is parsed, such a line gets the space it lacks (line
numbers do not move), and is read as the heading it was meant as.

A hash glued to a word is also how other things are written, so only lines that cannot be those are read:

- two to six hashes: a single `#` opens a hashtag (`#python`), an issue reference (`#123`), a shebang
  (`#!/bin/sh`) or a C preprocessor line (`#include <stdio.h>`), and is left as it is;
- the hashes followed by a title that holds a letter or a path, not by `!` (`##!`) or more hashes;
- outside fenced code (a shell or config comment, `##comment`, stays in its block) and at most three spaces in;
- on a page that writes at least two such lines: a habit of the author's, not one stray line.
"""

from __future__ import annotations

import re

_SPACELESS = re.compile(r"^(?P<hashes> {0,3}#{2,6})(?=[^\s#!])(?P<title>.*[A-Za-z/].*)$")
_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_LEAST = 2


def _outside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it lies outside fenced code (as CommonMark opens and closes fences: a backtick
    fence's info string holds no backtick, so ```` ```cmd``` ```` on one line is inline code, no fence)."""
    outside: list[bool] = []
    closing = ""
    for line in lines:
        match = _FENCE.match(line)
        if closing:
            outside.append(False)
            if match and match["fence"][0] == closing[0] and len(match["fence"]) >= len(closing):
                closing = "" if not match["info"].strip() else closing
            continue
        if match and not (match["fence"][0] == "`" and "`" in match["info"]):
            closing = match["fence"]
            outside.append(False)
            continue
        outside.append(True)
    return outside


def spaced_headings(text: str) -> str:
    """`text` with each heading written without a space after its hashes given one (see the module)."""
    if "##" not in text:
        return text
    lines = text.split("\n")
    found = [
        index
        for index, (line, outside) in enumerate(zip(lines, _outside_fences(lines), strict=True))
        if outside and _SPACELESS.match(line)
    ]
    if len(found) < _LEAST:
        return text
    for index in found:
        match = _SPACELESS.match(lines[index])
        assert match is not None
        lines[index] = f"{match['hashes']} {match['title']}"
    return "\n".join(lines)
