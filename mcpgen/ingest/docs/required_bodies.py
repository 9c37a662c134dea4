"""A sentence beside a coded request line saying its body must carry a field, and showing the body inline:

    - `POST /api/webhook/delete/[name]`
    Remove one url attached to the webhook.
    A json body with the url parameter is required: { "url": "http://..." }

A README that lists its routes as coded request lines, each with a sentence or two of prose, says what a request
must send in the same words a reader would use: "a (JSON) body with the `url` parameter/field is required", "a body
containing the `token` key is required". The name it gives is a required field of that request's body. A JSON
object written on after the sentence's colon is the body it means: its keys are fields of the body too, required
likewise, since the sentence requires that body.

Read only in a list item or paragraph that opens with a coded request line of a method that carries a body (POST,
PUT, PATCH), and only from a sentence that says the body is required: a body merely shown ("returns
`{"ok": true}`"), a "body ... is optional" sentence, or such a sentence under a GET is left alone; a body with
nothing named after the colon ("Requires JSON params:") names no field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document, Where
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import parse_json, path_key, split_target

_OPENING = re.compile(r"^\W*`(?P<method>POST|PUT|PATCH) (?P<target>/[^`\s]*)`")
_REQUIRED_BODY = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:json\s+)?(?:request\s+)?body\s+(?:with|containing|holding)\s+(?:an?\s+|the\s+)?"
    r"`?(?P<name>[A-Za-z_][\w-]*)`?\s+(?:parameter|field|key|property|attribute)\s+is\s+(?:required|mandatory)"
    r"(?:\s*:\s*(?P<json>\{[^{}]*\}))?"
)


def _texts(doc: Document) -> Iterable[tuple[Where, str]]:
    for block in (b for s in doc.sections for b in s.blocks):
        if block.kind == "text":
            yield block.where, block.text
        elif block.kind == "list":
            yield from ((block.where, text) for _, text in block.items)


def required_bodies(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give each bodied request a list item or paragraph opens with the body fields its sentence requires."""
    by_key = {(e.method, path_key(e.path)): e for e in endpoints}
    for where, written in (t for doc in docs for t in _texts(doc)):
        text = " ".join(written.split())
        opening = _OPENING.match(text)
        if opening is None:
            continue
        endpoint = by_key.get((opening["method"], path_key(split_target(opening["target"]).path)))
        if endpoint is None:
            continue
        for match in _REQUIRED_BODY.finditer(text, opening.end()):
            names = [match["name"]]
            parsed = parse_json(match["json"]) if match["json"] else None
            names += list(parsed) if isinstance(parsed, dict) else []
            for name in dict.fromkeys(names):
                if valid_name(name) and (name, "body") not in endpoint.params:
                    add(endpoint, Param(name, "body", where, True, origin="prose"))


__all__ = ["required_bodies"]
