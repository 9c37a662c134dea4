"""A value an example request carries that a comment, or a sentence, tells the reader to replace with their own:

    # replace 1693992878.203 with your job's jobid
    curl -X GET 'http://127.0.0.1:8000/v1/jobs/1693992878.203/logs'

No template is written anywhere; the instruction is what says that the number is not part of the route but the
value of something the reader has (their job's id). Each segment of an example request's path (a curl, a raw
request, a full URL) that is that value becomes that something's placeholder, named by the words after "with"
(`your job's jobid` -> `jobid`: the thing owned after a possessive; `your user id` -> `user_id`). Read only where
the path's segment is the replaced value as a whole and past the first segment (a resource's name is not a value),
and never in a route the document states as written (`GET /x/{id}` lines, tables).
"""

from __future__ import annotations

import re

from .blocks import Document
from .example_segments import name_example_segments, only_names
from .mention import Mention

_REPLACE = re.compile(
    r"\b(?:replace|substitute|change)\s+[`'\"]?(?P<value>[A-Za-z0-9][\w.~-]*?)[`'\"]?\s+(?:with|by|for)\s+"
    r"(?P<name>(?:[A-Za-z][\w-]*(?:'s)?\s*){1,4})",
    re.IGNORECASE,
)
_LEADS = frozenset({"your", "my", "the", "a", "an", "own", "actual", "real"})
_TRAILS = frozenset({"below", "above", "here", "there", "everywhere", "in", "on", "and", "to", "from", "of", "for"})


def _name(words: str) -> str:
    """The placeholder's name the words after "with" give (`your job's jobid below` -> `jobid`)."""
    kept: list[str] = []
    for word in words.split():
        if word.lower() in _TRAILS:
            break
        if word.lower() in _LEADS:
            continue
        if word.lower().endswith("'s"):
            kept = []  # `job's jobid`: the thing owned is named after the possessive
            continue
        kept.append(word.strip("-"))
    return "_".join(w for w in kept if w)


def _replaced(doc: Document) -> dict[str, str]:
    """value -> the placeholder's name, from every "replace V with your N" a comment or sentence states once."""
    named: dict[str, set[str]] = {}
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "code":
                texts = [line.strip().lstrip("#/ ") for line in block.text.splitlines() if line.strip()[:1] in "#/"]
            elif block.kind == "text":
                texts = [" ".join(block.text.split())]
            else:
                continue
            for text in texts:
                for match in _REPLACE.finditer(text):
                    value, name = match["value"], _name(match["name"])
                    if name and re.search(r"\d", value) and re.fullmatch(r"[A-Za-z]\w*", name):
                        named.setdefault(value, set()).add(name)
    return only_names(named)


def replaced_values(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make placeholders of the example requests' path segments the document says to replace with your own."""
    name_example_segments(mentions, _replaced(doc), templated=True)
