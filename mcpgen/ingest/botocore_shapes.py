"""AWS model shapes to JSON Schema, and the models' HTML documentation to plain text.

A shape that can contain itself goes to `$defs`; blobs are base64 strings, timestamps date-times, unions
`oneOf`; an output schema keeps types but not the bounds and enums that only constrain what is sent.
"""

from __future__ import annotations

from typing import Any

from ..tailor import cap, plain_text

MEMBER_DESCRIPTION_LIMIT = 400
NESTED_DESCRIPTION_LIMIT = 160
"""Members of nested structures: their first sentence, about (the bulk of a schema is there)."""


def plain(html: Any, limit: int) -> str:
    """The models' HTML documentation as plain text, cut at a sentence within `limit` characters."""
    if not isinstance(html, str) or not html.strip():
        return ""
    return cap(plain_text(html), limit)


class Schemas:
    """Shapes to JSON Schema. A shape that can contain itself (DynamoDB's `AttributeValue`) goes to `$defs`
    and every use of it is a `$ref` there."""

    def __init__(self, shapes: dict[str, Any]) -> None:
        self.shapes = shapes
        self.recursive = _recursive(shapes)
        self.output = False

    def convert(self, name: str, *, output: bool = False) -> dict[str, Any]:
        """The schema of shape `name`. An `output` schema keeps types, not the enums, bounds and required
        members: they constrain what is sent, and answers hold what the model does not list (new enum
        members, a 0 where inputs need 1, a member an emulator leaves out)."""
        self.output = output
        self.depth = 0
        self.defs: dict[str, dict[str, Any]] = {}
        self.wanted: set[str] = set()
        schema = self._shape(name, "", top=True)
        while self.wanted - set(self.defs):
            for wanted in sorted(self.wanted - set(self.defs)):
                self.defs[wanted] = self._shape(wanted, "", top=True)
        if self.defs:
            schema["$defs"] = {k: self.defs[k] for k in sorted(self.defs)}
        return schema

    def _shape(self, name: str, doc: str, top: bool = False) -> dict[str, Any]:
        shape = self.shapes.get(name)
        if not isinstance(shape, dict):
            return {}
        if name in self.recursive and not top:
            self.wanted.add(name)
            return {"$ref": f"#/$defs/{name}"} | ({"description": doc} if doc else {})
        kind = shape.get("type")
        out: dict[str, Any]
        if self.output and name in DECODED_BY_SDK:
            kind = "document"
        if kind == "structure":
            out = self._structure(shape)
        elif kind == "list":
            out = {"type": "array", "items": self._member(shape.get("member", {}))}
            if isinstance(shape.get("min"), int) and shape["min"] > 0:
                out["minItems"] = shape["min"]
            if isinstance(shape.get("max"), int):
                out["maxItems"] = shape["max"]
        elif kind == "map":
            out = {"type": "object", "additionalProperties": self._member(shape.get("value", {}))}
        elif kind == "string":
            out = {"type": "string"}
            if isinstance(shape.get("enum"), list) and shape["enum"]:
                out["enum"] = [str(v) for v in shape["enum"]]
            if isinstance(shape.get("min"), int) and shape["min"] > 0:
                out["minLength"] = shape["min"]
            if isinstance(shape.get("max"), int):
                out["maxLength"] = shape["max"]
        elif kind in ("integer", "long"):
            out = {"type": "integer"}
            if isinstance(shape.get("min"), int | float):
                out["minimum"] = shape["min"]
            if isinstance(shape.get("max"), int | float):
                out["maximum"] = shape["max"]
        elif kind in ("float", "double"):
            out = {"type": "number"}
        elif kind == "boolean":
            out = {"type": "boolean"}
        elif kind == "timestamp":
            out = {"type": "string", "format": "date-time"}
        elif kind == "blob":
            out = {"type": "string", "contentEncoding": "base64"}
        else:  # `document` and anything newer: any JSON value
            out = {}
        limit = MEMBER_DESCRIPTION_LIMIT if self.depth <= 1 else NESTED_DESCRIPTION_LIMIT
        text = doc or plain(shape.get("documentation"), limit)
        if self.output:
            for key in _BOUNDS:
                out.pop(key, None)
        if text:
            out["description"] = text
        return out

    def _member(self, member: Any, doc: str = "") -> dict[str, Any]:
        if not isinstance(member, dict) or not isinstance(member.get("shape"), str):
            return {}
        return self._shape(member["shape"], doc)

    def _structure(self, shape: dict[str, Any]) -> dict[str, Any]:
        members = shape.get("members") if isinstance(shape.get("members"), dict) else {}
        limit = MEMBER_DESCRIPTION_LIMIT if self.depth == 0 else NESTED_DESCRIPTION_LIMIT
        self.depth += 1
        try:
            props = {
                m: self._member(spec, plain(spec.get("documentation"), limit))
                for m, spec in members.items()
                if isinstance(spec, dict)
            }
        finally:
            self.depth -= 1
        if shape.get("union"):
            return {
                "oneOf": [
                    {"type": "object", "properties": {m: s}, "required": [m], "additionalProperties": False}
                    for m, s in props.items()
                ]
            }
        out: dict[str, Any] = {"type": "object", "properties": props}
        required = [r for r in shape.get("required", ()) if r in props and not self.output]
        if required:
            out["required"] = required
        return out


DECODED_BY_SDK = frozenset({"policyDocumentType"})
"""String shapes botocore decodes in answers (`botocore.handlers.json_decode_policies`: IAM policy documents
become objects), so their output schema accepts any JSON."""
_BOUNDS = ("enum", "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems")


def _children(shape: Any) -> list[str]:
    if not isinstance(shape, dict):
        return []
    kind = shape.get("type")
    if kind == "structure":
        members = shape.get("members") if isinstance(shape.get("members"), dict) else {}
        refs = list(members.values())
    elif kind == "list":
        refs = [shape.get("member")]
    elif kind == "map":
        refs = [shape.get("key"), shape.get("value")]
    else:
        refs = []
    return [r["shape"] for r in refs if isinstance(r, dict) and isinstance(r.get("shape"), str)]


def _recursive(shapes: dict[str, Any]) -> frozenset[str]:
    """The shapes that can contain themselves."""
    edges = {name: _children(shape) for name, shape in shapes.items()}
    found = set()
    for name, children in edges.items():
        seen, todo = set(), list(children)
        while todo:
            current = todo.pop()
            if current == name:
                found.add(name)
                break
            if current not in seen:
                seen.add(current)
                todo.extend(edges.get(current, ()))
    return frozenset(found)
