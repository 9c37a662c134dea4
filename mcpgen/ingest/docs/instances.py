"""Requests a page states as a method over an example of the route its section is titled by.

A prose reference titles each resource's section by its path, placeholders in emphasis
(`/data/*class*/*id* item`, `/summary`), and says the methods in sentences over an instance of it: "The
method ``PUT`` is allowed on individual items, e.g. ``/data/issue/42``", "A Summary page can be reached via
``/summary`` via the ``GET`` method". Such a sentence states the titled route, with that method, when its
path fits the title's template; an instance that does not fit it (an item's path in the section of a
property) states nothing.
"""

from __future__ import annotations

import re

from .blocks import Section
from .mention import Mention
from .requests import METHODS, split_target

_SEGMENT = r"(?:\*[A-Za-z_][\w-]*\*|[\w.@-]+)"
_TITLE = re.compile(rf"^(?P<path>/{_SEGMENT}?(?:/{_SEGMENT})*)(?:\s+[A-Za-z][\w ]*)?$")
"""A section title that is a path, perhaps with a word after it (`/data/*class* Collection`, `/summary`)."""
_METHOD = rf"`(?P<method>{'|'.join(METHODS)})`"
_PATH = r"`(?P<path>/[^`\s?]*)`"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def titled_template(section: Section) -> str:
    """The route the nearest path-titled section (this one or an enclosing one) names, `{name}` for its
    emphasised segments; "" when none is titled so."""
    for title in reversed(section.path):
        match = _TITLE.match(title.replace("\x00", "").replace("\\ ", "").replace("/ *", "/*").strip())
        if match:
            return re.sub(r"\*([A-Za-z_][\w-]*)\*", r"{\1}", match["path"])
    return ""


def _fits(instance: str, template: str) -> bool:
    have = instance.strip("/").split("/")
    want = template.strip("/").split("/")
    return len(have) == len(want) and all(w.startswith("{") or w == h for h, w in zip(have, want, strict=True))


def stated_over_instances(section: Section) -> list[Mention]:
    template = titled_template(section)
    if not template:
        return []
    found = []
    for block in section.blocks:
        if block.kind != "text":
            continue
        for sentence in _SENTENCE.split(" ".join(block.text.split())):
            methods = list(re.finditer(_METHOD, sentence))
            paths = [m for m in re.finditer(_PATH, sentence) if _fits(m["path"], template)]
            for i, method in enumerate(methods):
                end = methods[i + 1].start() if i + 1 < len(methods) else len(sentence)
                after = [p for p in paths if method.end() <= p.start() < end]
                if not after and len(methods) == 1:
                    after = paths  # "reached via ``/summary`` via the ``GET`` method"
                if len(after) == 1:  # one method over one instance of the titled route
                    found.append(Mention(method["method"], split_target(template), block.where, "line"))
    return found
