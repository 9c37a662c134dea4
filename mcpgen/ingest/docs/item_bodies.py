"""Request bodies labelled under the route items of a list: `` * `/error/diff` compares ... `` with, nested under
it, "**Input format (JSON)**" and a JSON object.

A route list whose items each carry their own nested blocks is reduced to the list, whose items keep the nested
labels' words ("... returns their differences. **Input format (JSON)**"), then the nested labels and code blocks
after it, in the order written. So the items that carry a request label ("Input format", "Request body",
"Input", "Request payload"), taken in order, match the blocks after the list that are that label over a JSON
object, in order, one for one. The object's top-level keys are the fields of that item's write route (POST, PUT,
PATCH); the example does not say which a request needs, so none is required. A label about output ("Output
format", "Response") gives nothing, and neither do labels whose count differs from the items' (the pairing would
be a guess).
"""

from __future__ import annotations

import re

from .blocks import Document
from .params import Param
from .requests import parse_json, path_key, split_target

_ROUTE_ITEM = re.compile(r"^[*`\[]*(?P<path>/[^\s`*\]]*)[`*\]]*\s+\S", re.S)
_INPUT_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:input|request)(?:\s+(?:format|body|data|payload))?(?:\s*\((?:json)\))?(?![\w-])"
)
_LABEL_ALONE = re.compile(r"^[*_]*(?P<label>[^*_:\n]{1,40}?)[*_]*\s*:?\s*$")
_WRITES = ("POST", "PUT", "PATCH")


def _object(text: str) -> dict | None:
    start = text.find("{")
    value = parse_json(text[start:]) if start >= 0 else None
    return value if isinstance(value, dict) and value else None


def labelled_item_bodies(doc: Document, routes: dict[tuple[str, str], object]) -> list[tuple[tuple[str, str], Param]]:
    """((method, path key) of a write route, a body field) for each route item paired with its labelled object."""
    found = []
    for section in doc.sections:
        blocks = section.blocks
        for index, block in enumerate(blocks):
            if block.kind != "list":
                continue
            items = []
            for term, text in block.items:
                match = _ROUTE_ITEM.match(text.strip()) if not term else None
                if match is not None and _INPUT_LABEL.search(text[match.end() :]):
                    key = path_key(split_target(match["path"]).path)
                    items.append(next(((m, key) for m in _WRITES if (m, key) in routes), None))
            bodies = []
            for label, code in zip(blocks[index + 1 :], blocks[index + 2 :], strict=False):
                if label.kind == "list":
                    break
                alone = _LABEL_ALONE.match(label.text.strip()) if label.kind == "text" else None
                if alone and _INPUT_LABEL.fullmatch(alone["label"].strip()) and code.kind == "code":
                    bodies.append(_object(code.text))
            if not items or len(items) != len(bodies):
                continue
            for key, body in zip(items, bodies, strict=True):
                found.extend(
                    (key, Param(str(name), "body", block.where, False, origin="example request"))
                    for name in (body if key is not None and body is not None else ())
                )
    return found
