"""A request written in running text or on a line of a plain listing, followed by the JSON object it sends:
"send `PUT /config` with `{"automatic": true|false}`", "`POST /scan` with `{"timeout": 5}` listens ...",
"`POST /refresh` with `{"device_id": 5}` or `{"activity_id": 101}`", and in a block of aligned request lines
`PUT    /cards/{id}    {"document": {...}} replaces it`. A sentence may also name the objects first and then the
requests made with them: "A code in any format (`{"pronto": ...}`, `{"hex": ...}`) can be fired with `POST /play`
or saved with `POST /commands`": each of those requests sends any of the objects.

The object right after the request ("with" between them in prose, nothing but spaces on a line) is the body the
request sends: its top-level keys are the request's body fields, whatever their values are written as (`...`,
`true|false`, `[...]`, so not always JSON). Objects joined to it by "or" / "and" / a comma are alternative or
further bodies of the same request. Only a method that sends a body (POST, PUT, PATCH) is read so; an object after
"returns", "answers" or any other word is what comes back, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, split_target

_OBJECT = r"\{[^`\n]*\}"
_IN_PROSE = re.compile(
    r"`(?P<method>POST|PUT|PATCH)\s+(?P<path>/[^`\s]*)`\s+with\s+"
    rf"(?P<objects>`{_OBJECT}`(?:\s*(?:,|\bor\b|\band\b)\s*`{_OBJECT}`)*)"
)
_WITH_ROUTE = re.compile(r"\bwith\s+`(?P<method>POST|PUT|PATCH)\s+(?P<path>/[^`\s]*)`")
_ANY_ROUTE = re.compile(r"`(?:[A-Z]+\s+)?/")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z`(])")
_ANSWERED = re.compile(r"(?i)\b(?:returns?|answers?|responds?|responses?|gives?|yields?)\b[^`]{0,30}$")
_ON_A_LINE = re.compile(rf"(?m)^\s*(?P<method>POST|PUT|PATCH)\s+(?P<path>/\S*)[ \t]+(?P<objects>{_OBJECT})")
_ONE_OBJECT = re.compile(rf"`?({_OBJECT})`?")
_KEY = re.compile(r'"(?P<name>[A-Za-z_][\w-]*)"\s*:')


def with_bodies(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each request the page writes with the object it sends after it."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "code":
                found = list(_ON_A_LINE.finditer(block.text))
            elif block.kind in ("text", "list"):
                texts = [block.text, *(t for item in block.items for t in item)]
                found = [m for text in texts for m in _IN_PROSE.finditer(" ".join(text.split()))]
            else:
                continue
            pairs = [(m["method"], m["path"], m["objects"]) for m in found]
            if block.kind != "code":
                pairs += [pair for text in texts for pair in _named_first(" ".join(text.split()))]
            for method, path, objects in pairs:
                endpoint = endpoints.get((method, path_key(split_target(path).path)))
                if endpoint is None:
                    continue
                for one in _ONE_OBJECT.finditer(objects):
                    for name in _top_level_keys(one.group(1)):
                        yield endpoint, Param(name, "body", block.where, None, origin="object sketch")


def _named_first(text: str) -> Iterator[tuple[str, str, str]]:
    """(method, path, objects) for each request a sentence makes "with" objects it names before any request."""
    for sentence in _SENTENCE_END.split(text):
        routes = list(_WITH_ROUTE.finditer(sentence))
        if not routes or _ANY_ROUTE.search(sentence[: routes[0].start()]):
            continue  # a request before the objects: they may be its own, or what it answers
        objects = [
            m.group(0)
            for m in re.finditer(rf"`{_OBJECT}`", sentence[: routes[0].start()])
            if not _ANSWERED.search(sentence[: m.start()])
        ]
        for route in routes if objects else ():
            yield route["method"], route["path"], " ".join(objects)


def _top_level_keys(text: str) -> list[str]:
    """The quoted keys at the outermost level of an object written `{"a": ..., "b": [1, 2]}`."""
    depth, names, quoted = 0, [], False
    for index, char in enumerate(text):
        if char == '"' and (index == 0 or text[index - 1] != "\\"):
            if not quoted and depth == 1 and (key := _KEY.match(text, index)) is not None:
                names.append(key["name"])
            quoted = not quoted
        elif not quoted and char in "{[":
            depth += 1
        elif not quoted and char in "}]":
            depth -= 1
    return list(dict.fromkeys(names))
