"""A field of a request model named, dotted, in a sentence that names the route it is sent to:

    - ``RecallRequest.conversation_id`` scopes ``/v1/memories/recall`` to one session.

Code-adjacent notes speak of a request body by the class that declares it: `RecallRequest` is the model a route
reads its JSON body into (the name says so: a CamelCase class ending in Request, Body, Payload or Input), and
`RecallRequest.conversation_id` one of its fields. Where the same sentence names a route's path in code, the field
is a field of that route's body, for each route of the path that carries a body (POST, PUT, PATCH). The sentence
says what the field does, not whether it must be sent, so nothing is said of need. A dotted name of any other class
(`Settings.timeout`, `Memo.id`) and a request model with no path beside it give nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, valid_name
from .requests import path_key

_FIELD = re.compile(r"``?[A-Z][A-Za-z0-9]*(?:Request|Body|Payload|Input)\.(?P<name>[a-z_][a-z0-9_]*)``?")
_PATH = re.compile(r"``?(?:(?:GET|POST|PUT|PATCH|DELETE)\s+)?(?P<path>/[^`\s]*)``?")


def request_model_fields(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give each body-carrying route a sentence names by its path the request-model fields the sentence names."""
    bodied: dict[str, list[Endpoint]] = {}
    for endpoint in endpoints:
        if endpoint.method in ("POST", "PUT", "PATCH"):
            bodied.setdefault(path_key(endpoint.path), []).append(endpoint)
    blocks = [b for d in docs for s in d.sections for b in s.blocks if b.kind in ("text", "list")] if bodied else []
    for block, text in ((b, t) for b in blocks for t in ([b.text] if b.kind == "text" else [i for _, i in b.items])):
        for sentence in re.split(r"(?<=[.;])\s+|\n", text):
            names = [m["name"] for m in _FIELD.finditer(sentence) if valid_name(m["name"])]
            for path in dict.fromkeys(m["path"] for m in _PATH.finditer(sentence)) if names else ():
                for endpoint, name in ((e, n) for e in bodied.get(path_key(path), ()) for n in names):
                    add(endpoint, Param(name, "body", block.where, None, origin="prose"))
