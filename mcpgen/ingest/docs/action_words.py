"""A list item that is a path followed by the operations it takes, named in parentheses by Django REST
framework's viewset action words (or by plain method names), and the body line under it:

    * Things
        - /things/ (list, create)
      body request (create): name (string), size (integer)
    * Thing detail
        - /things/<pk>/ (retrieve, partial_update, destroy)
    * Thing archive
        - /things/<pk>/archive/ (post)

A DRF viewset's actions are routed to HTTP methods by the framework's fixed convention, the one a DRF router
applies to every viewset: `list` is GET and `create` is POST on the collection, `retrieve` GET, `update` PUT,
`partial_update` PATCH and `destroy` DELETE on the item. A path followed by a parenthesised list made only of
those words (and of method names, `(post)`, as a custom action is written) states one operation per word. Any
other word in the parentheses (`(optional)`, `(deprecated)`, `(see below)`) makes the item no such list: it
gives nothing here.

A line right under such an item, "body request: a (string), b: list of strings" (or "request body"), lists the
body's fields by name, each with its type in parentheses or after a colon; "(create)" after the label names the
one action it belongs to, and without one it belongs to the item's operations that send a body. "None" lists
no field. The document does not say which fields are needed: none is marked required.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .params import Param, valid_name
from .requests import METHODS, split_target

ACTIONS = {
    "list": "GET",
    "create": "POST",
    "retrieve": "GET",
    "update": "PUT",
    "partial_update": "PATCH",
    "destroy": "DELETE",
}
"""DRF's router convention: a viewset action and the HTTP method it is routed to."""
_ITEM = re.compile(r"^\s*(?P<path>/[^\s()]*)\s+\((?P<words>[A-Za-z_]+(?:\s*,\s*[A-Za-z_]+)*)\)\s*$")
_BODY = re.compile(r"(?i)^\s*(?:body\s+request|request\s+body)(?:\s*\((?P<action>[A-Za-z_]+)\))?\s*:\s*(?P<rest>.*)$")
_FIELD = re.compile(r"^`?(?P<name>[A-Za-z_][\w.-]*)`?\s*(?:\((?P<type>[\w\s]+)\)|:\s*(?P<said>[\w\s]+))?$")
_NONE = re.compile(r"(?i)^(?:none|nothing|empty|-|n/a)\.?$")
_BODY_METHODS = ("POST", "PUT", "PATCH")


def _method(word: str) -> str | None:
    word = word.strip()
    if word.lower() in ACTIONS:
        return ACTIONS[word.lower()]
    return word.upper() if word.upper() in METHODS else None


def _fields(rest: str) -> list[tuple[str, str | None]] | None:
    """The (name, type) pairs a body line lists; [] for "None", None when the line is not such a list."""
    rest = rest.strip().rstrip(".")
    if _NONE.match(rest):
        return []
    found: list[tuple[str, str | None]] = []
    for part in rest.split(","):
        match = _FIELD.match(part.strip())
        if match is None or not valid_name(match["name"]):
            return None
        said = (match["type"] or match["said"] or "").strip().lower()
        kind = "array" if said.startswith(("list", "array")) else ("integer" if said.startswith("int") else None)
        found.append((match["name"], kind or ("string" if said.startswith(("str", "text")) else None)))
    return found


def action_word_routes(doc: Document) -> list[tuple[Mention, list[Param]]]:
    """Each operation a path item names with action words or method names, with the body fields stated under it."""
    found: list[tuple[Mention, list[Param]]] = []
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "list"):
            items = [text for _, text in block.items]
            for index, item in enumerate(items):
                first, _, below = item.partition("\n")
                match = _ITEM.match(first.replace("`", ""))
                if match is None:
                    continue
                words = [w.strip() for w in match["words"].split(",")]
                methods = [_method(w) for w in words]
                if not all(methods):
                    continue
                body_line = below.strip() or (items[index + 1] if index + 1 < len(items) else "")
                body = _BODY.match(body_line.splitlines()[0] if body_line.strip() else "")
                fields = _fields(body["rest"]) if body else None
                target = split_target(match["path"])
                for word, method in zip(words, methods, strict=True):
                    action = (body["action"] or "").lower() if body else ""
                    if fields and action in ("", word.lower()) and (action or method in _BODY_METHODS):
                        params = [Param(n, "body", block.where, False, t, origin="list") for n, t in fields]
                    else:
                        params = []
                    found.append((Mention(str(method), target, block.where, "line"), params))
    return found


__all__ = ["ACTIONS", "action_word_routes"]
