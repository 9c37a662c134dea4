"""OpenAPI (2.0, 3.0, 3.1) schema objects to JSON Schema 2020-12.

Referenced schemas are converted once per mode and kept as named definitions; a schema refers to them as
`{"$ref": "#/$defs/NAME"}`, so recursion stays finite. `bundle` then builds one self-contained schema per
tool: definitions used once (and not recursive) are inlined, the rest stay under `$defs`, and a size
budget loosens what does not fit (breadth first, so the shallow structure is what is kept).
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable
from typing import Any, Literal

from ..diagnostics import Diagnostics, pointer_join
from .loader import Loader, RefError

Mode = Literal["input", "output"]
DEF_PREFIX = "#/$defs/"

_SCHEMA_KEYS = frozenset(
    {
        "type", "enum", "const", "format", "title", "description", "default", "deprecated",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties", "required", "contentMediaType", "contentEncoding",
        "readOnly", "writeOnly",
    }
)  # fmt: skip
_SUBSCHEMA_KEYS = ("items", "additionalProperties", "not", "contains", "propertyNames",
                   "if", "then", "else", "unevaluatedProperties", "unevaluatedItems")  # fmt: skip
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
_DEF_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


class SchemaConverter:
    """Converts schemas of one description; caches named definitions across operations."""

    def __init__(self, loader: Loader, version: str, diags: Diagnostics) -> None:
        self.loader = loader
        self.version = version  # "2.0", "3.0" or "3.1"
        self.diags = diags
        self.defs: dict[Mode, dict[str, Any]] = {"input": {}, "output": {}}
        self._names: dict[tuple[str, str], str] = {}
        self._taken: set[str] = set()
        self._refs: dict[Mode, dict[str, tuple[str, ...]]] = {"input": {}, "output": {}}
        self._sizes: dict[Mode, dict[str, int]] = {"input": {}, "output": {}}
        self._bad_patterns: set[str] = set()

    # -- conversion -------------------------------------------------------------------------
    def convert(self, schema: Any, doc: str, pointer: str, mode: Mode) -> Any:
        if isinstance(schema, bool):
            return schema
        if not isinstance(schema, dict):
            self.diags.warning(
                "schema-invalid",
                f"schema must be an object, got {type(schema).__name__}; accepting any value",
                file=self.loader.display(doc),
                pointer=pointer,
            )
            return {}
        if "$ref" in schema:
            ref_node = self._ref(schema["$ref"], doc, pointer, mode)
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            if self.version != "3.1" or not (siblings.keys() - {"description", "summary"}):
                if self.version == "3.1" and "description" in siblings:
                    return {**ref_node, "description": siblings["description"]}
                return ref_node
            rest = self.convert(siblings, doc, pointer, mode)
            return {"allOf": [ref_node, rest]}
        return self._convert_object(schema, doc, pointer, mode)

    def _convert_object(self, schema: dict[str, Any], doc: str, pointer: str, mode: Mode) -> Any:
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key in _SCHEMA_KEYS:
                out[key] = value
            elif key in _SUBSCHEMA_KEYS and isinstance(value, dict | bool):
                out[key] = self.convert(value, doc, pointer_join_str(pointer, key), mode)
            elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
                out[key] = [
                    self.convert(v, doc, pointer_join_str(pointer, key, i), mode)
                    for i, v in enumerate(value)
                ]
            elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
                out[key] = {
                    name: self.convert(v, doc, pointer_join_str(pointer, key, name), mode)
                    for name, v in value.items()
                }
            elif key == "example" and mode == "input":
                out["examples"] = [value]
            elif key == "examples" and isinstance(value, list) and mode == "input":
                out["examples"] = value
        if self.version in ("2.0", "3.0"):
            _fix_exclusive_bounds(out)
        if out.get("type") == "file" or (
            out.get("type") == "string" and out.get("format") in ("binary", "byte")
        ):
            out.pop("format", None)
            out["type"] = "string"
            out["contentEncoding"] = "base64"
        if isinstance(out.get("pattern"), str) and not self._pattern_ok(out["pattern"], doc, pointer):
            del out["pattern"]
        if isinstance(out.get("required"), list) and not out["required"]:
            del out["required"]
        if "properties" in out:
            self._drop_one_way_properties(out, mode)
        if schema.get("nullable") is True or schema.get("x-nullable") is True:
            out = _make_nullable(out)
        return out

    def _drop_one_way_properties(self, out: dict[str, Any], mode: Mode) -> None:
        hidden = "readOnly" if mode == "input" else "writeOnly"
        props = out["properties"]
        gone = [n for n, p in props.items() if isinstance(p, dict) and p.get(hidden) is True]
        for name in gone:
            del props[name]
        if gone and isinstance(out.get("required"), list):
            out["required"] = [r for r in out["required"] if r not in gone]
            if not out["required"]:
                del out["required"]

    def _pattern_ok(self, pattern: str, doc: str, pointer: str) -> bool:
        try:
            re.compile(pattern)
        except re.error as exc:
            if pattern not in self._bad_patterns:
                self._bad_patterns.add(pattern)
                self.diags.warning(
                    "schema-pattern",
                    f"pattern {pattern!r} is not a valid regular expression here ({exc}); dropped",
                    file=self.loader.display(doc),
                    pointer=pointer,
                )
            return False
        return True

    def _ref(self, ref: Any, doc: str, pointer: str, mode: Mode) -> dict[str, Any]:
        try:
            target_doc, target_ptr, target = self.loader.resolve(ref, doc)
        except RefError as exc:
            self.diags.error(
                "ref-unresolved",
                str(exc),
                file=self.loader.display(doc),
                pointer=pointer,
                hint=exc.hint,
            )
            raise
        name = self._def_name(target_doc, target_ptr)
        defs = self.defs[mode]
        if name not in defs:
            defs[name] = {}  # placeholder: a recursive reference finds the name already taken
            defs[name] = self.convert(target, target_doc, target_ptr, mode)
        return {"$ref": DEF_PREFIX + name}

    def _def_name(self, doc: str, pointer: str) -> str:
        key = (doc, pointer)
        if key not in self._names:
            last = pointer.rsplit("/", 1)[-1] if pointer else ""
            if not last:
                last = doc.replace("\\", "/").rsplit("/", 1)[-1].split(".")[0]
            base = _DEF_NAME_CHARS.sub("_", last.replace("~1", "_").replace("~0", "_")) or "schema"
            name, n = base, 1
            while name in self._taken:
                n += 1
                name = f"{base}_{n}"
            self._taken.add(name)
            self._names[key] = name
        return self._names[key]

    # -- bundling ---------------------------------------------------------------------------
    def refs_of(self, name: str, mode: Mode) -> tuple[str, ...]:
        cache = self._refs[mode]
        if name not in cache:
            cache[name] = tuple(_refs_in(self.defs[mode][name]))
        return cache[name]

    def size_of(self, name: str, mode: Mode) -> int:
        cache = self._sizes[mode]
        if name not in cache:
            cache[name] = len(json.dumps(self.defs[mode][name], separators=(",", ":")))
        return cache[name]

    def bundle(self, root: dict[str, Any], mode: Mode, budget: int) -> tuple[dict[str, Any], bool]:
        """A self-contained schema for `root`; returns it and whether the budget loosened it."""
        kept: list[str] = []
        size = len(json.dumps(root, separators=(",", ":")))
        loosened = False
        order: list[str] = []
        seen: set[str] = set()
        queue = deque(_refs_in(root))
        while queue:  # breadth first: the shallow structure is kept when the budget runs out
            name = queue.popleft()
            if name in seen:
                continue
            seen.add(name)
            order.append(name)
            if size + self.size_of(name, mode) > budget:
                loosened = True
                continue
            size += self.size_of(name, mode)
            kept.append(name)
            queue.extend(self.refs_of(name, mode))
        keep = set(kept)
        counts: dict[str, int] = dict.fromkeys(kept, 0)
        for name in _refs_in(root):
            if name in counts:
                counts[name] += 1
        for owner in kept:
            for name in self.refs_of(owner, mode):
                if name in counts:
                    counts[name] += 1
        recursive = _recursive(kept, lambda n: [r for r in self.refs_of(n, mode) if r in keep])
        inline = {n for n in kept if counts[n] == 1 and n not in recursive}
        defs = self.defs[mode]

        def expand(node: Any) -> Any:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
                    name = ref[len(DEF_PREFIX) :]
                    if name not in keep:
                        loose = {k: v for k, v in node.items() if k != "$ref"}
                        loose.setdefault("description", f"A {name} value (schema omitted for size).")
                        return loose
                    if name in inline and len(node) == 1:
                        return expand(defs[name])
                return {k: expand(v) for k, v in node.items()}
            if isinstance(node, list):
                return [expand(v) for v in node]
            return node

        result = expand(root)
        remaining = [n for n in kept if n not in inline]
        if remaining:
            if not isinstance(result, dict):
                result = {"allOf": [result]}
            result["$defs"] = {n: expand(defs[n]) for n in sorted(remaining)}
        return result, loosened


def pointer_join_str(pointer: str, *segments: str | int) -> str:
    return pointer + pointer_join(*(str(s) for s in segments))


def _refs_in(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
                found.append(ref[len(DEF_PREFIX) :])
            stack.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))
        elif isinstance(item, list):
            stack.extend(reversed([v for v in item if isinstance(v, dict | list)]))
    return found


def _recursive(nodes: list[str], edges: Callable[[str], list[str]]) -> set[str]:
    """Names that lie on a cycle (Tarjan's strongly connected components, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: set[str] = set()
    counter = 0
    for start in nodes:
        if start in index:
            continue
        work: list[tuple[str, int]] = [(start, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            succ = edges(node)
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w == node:
                        break
                if len(component) > 1 or node in succ:
                    result.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return result


def _fix_exclusive_bounds(out: dict[str, Any]) -> None:
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(out.get(flag), bool):
            if out[flag] and bound in out:
                out[flag] = out.pop(bound)
            else:
                del out[flag]


def _make_nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str) and not any(k in schema for k in ("allOf", "anyOf", "oneOf")):
        schema = {**schema, "type": [kind, "null"]}
        if isinstance(schema.get("enum"), list) and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
        return schema
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}
