"""Objects a list item defines in prose with their keys nested under it, and request bodies that send "one" of them:

    - a bookmark is a JSON serializable (dict-like) with keys:
        - ``uid``: UID of content item
        - ``payload``: arbitrary dict with custom data (optional)

    ``POST`` creates new bookmark, body is JSON of one bookmark

A README with no schema section may define the object its API exchanges in one list item: "a <noun> is a ...
with (the) keys / fields / properties / attributes:", over a nested list of its keys, each in code before a colon
and what it holds. That is a named schema as a reader sees it (`models.py` reads the ones printed as sections):
a request whose description says its body is "JSON of one <noun>" (or "a <noun>", "a JSON <noun>", "one <noun>
as JSON") sends an object of that kind, and the keys are its body's top-level fields. Nothing is said of whether
they are required, unless a key's own text says so ("(optional)").

Not read: a lead-in that lists no keys after it (the nested items must all be `` `name`: description ``), a body
"is JSON, list of uids" (a list, no object named), and a noun the document defines nowhere.
"""

from __future__ import annotations

import re

from .blocks import Document
from .params import Param, required_from

_DEFINES = re.compile(
    r"^(?:an?|each|one|the)\s+(?P<name>[A-Za-z][\w-]*)\s+is\s+(?:an?\s+)?[^:]{0,80}?\bwith\s+(?:the\s+)?"
    r"(?:following\s+)?(?:keys|fields|properties|attributes|members)\s*:$",
    re.I,
)
_KEY = re.compile(r"^`(?P<name>[A-Za-z_][\w.-]*)`\s*:\s*(?P<text>.*)$", re.S)
_SENDS_ONE = re.compile(
    r"\bbody\s+is\s+(?:an?\s+)?(?:JSON\s+(?:of|with)\s+)?(?:one|an?|a\s+single|single)\s+(?:JSON\s+)?"
    r"(?P<name>[A-Za-z][\w-]*)\b",
    re.I,
)


def prose_models(doc: Document) -> dict[str, list[Param]]:
    """The fields of each object a list item of `doc` defines with its keys nested under it, by lower-case noun."""
    found: dict[str, list[Param]] = {}
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "list":
                continue
            items = list(block.items)
            for index, (term, text) in enumerate(items):
                lead = _DEFINES.match(" ".join(text.split())) if not term else None
                if lead is None:
                    continue
                keys: list[Param] = []
                for sub_term, sub_text in items[index + 1 :]:
                    if not sub_term:
                        break
                    key = _KEY.match(sub_text.strip()) if sub_term == " " else None
                    if key is None:
                        keys = []
                        break
                    need = required_from(key["text"])
                    keys.append(Param(key["name"], "body", block.where, bool(need), description=key["text"].strip()))
                if keys:
                    found.setdefault(lead["name"].lower(), keys)
    return found


def sent_model(text: str, models: dict[str, list[Param]]) -> list[Param]:
    """The fields of the object a request's description says its body is one of ("body is JSON of one bookmark"),
    where the document defines that object (`prose_models`); [] otherwise."""
    for match in _SENDS_ONE.finditer(text):
        name = match["name"].lower()
        fields = models.get(name) or (models.get(name[:-1]) if name.endswith("s") else None)
        if fields:
            return fields
    return []


__all__ = ["prose_models", "sent_model"]
