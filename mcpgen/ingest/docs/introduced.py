"""Request bodies a sentence introduces by naming its operation: "This makes a HTTP POST call on
``/IpamDriver.RequestPool`` with the following JSON data:" over a JSON object, in running text where several
operations share one section (a walk-through of what a client sends, step by step). The object is that
operation's example request; a sentence that introduces what comes back ("returns the following response:")
introduces no request."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .blocks import Document
from .requests import parse_json_lines, path_key, split_target

_NAMED = re.compile(
    r"\b(?P<method>POST|PUT|PATCH)\b(?:\s+(?:request|call|method))?\s+(?:(?:call|request)\s+)?"
    r"(?:on|to|against|at|for)?\s*`(?P<path>/[^`\s]*)`"
    r"|`(?P<method2>POST|PUT|PATCH) (?P<path2>/[^`\s]*)`"
)
_INTRODUCES = re.compile(
    r"(?i)\b(?:following|below|this|these)\b[^.:]{0,40}:\s*$|\bwith\b[^.:]{0,40}:\s*$"
    r"|^(?:this|here) is an? (?:example|sample) of (?:the )?request\b"  # "This is an example of request ... for"
)
_ANSWER = re.compile(r"(?i)\b(?:returns?|responds?|responses?|replies|reply|answers?)\b")


def introduced_bodies(doc: Document) -> Iterator[tuple[tuple[str, str], Any]]:
    """((METHOD, path key), JSON object) for each sentence that names one operation and introduces the JSON
    object right after it."""
    for section in doc.sections:
        for text, code in zip(section.blocks, section.blocks[1:], strict=False):
            if text.kind != "text" or code.kind != "code":
                continue
            sentence = re.split(r"(?<=[.!?])\s+", text.text.strip())[-1]
            named = list(_NAMED.finditer(sentence))
            if len(named) != 1 or not _INTRODUCES.search(sentence) or _ANSWER.search(sentence[named[0].end() :]):
                continue
            values = parse_json_lines(code.text)
            if len(values) == 1 and isinstance(values[0], dict) and values[0]:
                method = named[0]["method"] or named[0]["method2"]
                path = split_target(named[0]["path"] or named[0]["path2"]).path
                yield (method, path_key(path)), values[0]
