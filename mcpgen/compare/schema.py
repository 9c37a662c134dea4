"""JSON Schema comparison: what changed between two schemas, and in which direction.

Every difference gets an *effect* on the set of values the schema accepts:

- `narrower`: the new schema accepts fewer values (a bound tightened, an enum value removed, a property
  now required, a type dropped).
- `wider`: the new schema accepts more values (the reverse).
- `incompatible`: neither contains the other (a type replaced, a pattern rewritten, a property removed).
- `neutral`: nothing a validator sees (descriptions, titles, defaults, deprecation).

Whether an effect breaks callers depends on the side of the call (see `tools.py`): inputs break when
they narrow, outputs when they widen. `$ref`s into `$defs` are followed; a pair of definitions is
compared once per walk, which stops recursion and reports a shared definition once, where it is first
reached.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from ..diagnostics import pointer_escape
from .keywords import (
    NEUTRAL,
    canonical,
    core,
    covers,
    is_number,
    listing,
    lookup,
    mapping,
    mentions_ref,
    omitted,
    pair,
    required_of,
    short,
    summary,
    type_text,
    type_value,
    types_of,
    values_of,
)

Effect = Literal["narrower", "wider", "incompatible", "neutral"]

_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
_FORMAT_WIDENING = frozenset({("int32", "int64"), ("float", "double")})
_MAX_DEPTH = 64


@dataclass(frozen=True)
class SchemaChange:
    location: str
    """Where, relative to the compared schema: `properties/limit/maximum`."""
    effect: Effect
    old: Any
    new: Any
    message: str
    aspect: str = ""
    """`required` (a property's required flag) or `removed` (a property removed); else empty."""


def compare_schemas(old: Any, new: Any, *, top: str = "property") -> list[SchemaChange]:
    """Every difference between two JSON Schemas (2020-12, as mcpgen's IR holds them). `top` names the
    root object's properties in messages (`argument` for a tool's input)."""
    walker = _Walker(old if isinstance(old, dict) else {}, new if isinstance(new, dict) else {}, top)
    walker.compare(old, new, (), 0)
    return walker.changes


class _Walker:
    def __init__(self, old_root: dict[str, Any], new_root: dict[str, Any], top: str) -> None:
        self.roots = (old_root, new_root)
        self.top = top
        self.seen: set[tuple[str, str]] = set()
        self.same_defs = all(old_root.get(k) == new_root.get(k) for k in ("$defs", "definitions"))
        self.changes: list[SchemaChange] = []

    def add(self, loc: tuple[str, ...], effect: Effect, old: Any, new: Any, message: str, aspect: str = "") -> None:
        where = "/".join(pointer_escape(s) for s in loc)
        self.changes.append(SchemaChange(where, effect, short(old), short(new), message, aspect))

    def same(self, old: Any, new: Any) -> bool:
        """Equal, and nothing inside points into definitions that differ between the two roots."""
        return old == new and (self.same_defs or not mentions_ref(old))

    def resolve(self, schema: Any, side: int) -> tuple[dict[str, Any], str | None]:
        """The schema with local `$ref`s followed (siblings of a `$ref` kept), and the first ref's name."""
        if schema is True or schema is None:
            return {}, None
        if schema is False:
            return {"not": {}}, None
        if not isinstance(schema, dict):
            return {}, None
        first: str | None = None
        for _ in range(_MAX_DEPTH):
            ref = schema.get("$ref")
            if not isinstance(ref, str):
                break
            first = first or ref
            target = lookup(self.roots[side], ref)
            schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        return schema, first

    def compare(self, old_raw: Any, new_raw: Any, loc: tuple[str, ...], depth: int) -> None:
        if depth > _MAX_DEPTH:
            return
        old, old_ref = self.resolve(old_raw, 0)
        new, new_ref = self.resolve(new_raw, 1)
        if old_ref and new_ref:
            if (old_ref, new_ref) in self.seen:
                return
            self.seen.add((old_ref, new_ref))
        if self.same(old, new):
            return
        if omitted(old) != omitted(new):
            text = "omitted for size in the new version" if omitted(new) else "now described in full"
            self.add(loc, "neutral", summary(old), summary(new),
                     f"{text} (mcpgen's schema size budget); not compared")  # fmt: skip
            return
        self._neutral(old, new, loc)
        if self._combinator_wrapping(old, new, loc, depth):
            return
        self._types(old, new, loc)
        self._enum(old, new, loc)
        self._bounds(old, new, loc)
        self._strings(old, new, loc)
        self._objects(old, new, loc, depth)
        self._arrays(old, new, loc, depth)
        for key in ("anyOf", "oneOf"):
            self._alternatives(old, new, key, loc, depth)
        self._all_of(old, new, loc, depth)
        self._others(old, new, loc)

    # -- keyword groups ------------------------------------------------------------------------------

    def _neutral(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...]) -> None:
        for key in sorted(NEUTRAL):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if key == "deprecated":
                self.add((*loc, key), "neutral", a, b, "now deprecated" if b else "no longer deprecated")
            elif a is None:
                self.add((*loc, key), "neutral", a, b, f"{key} added")
            elif b is None:
                self.add((*loc, key), "neutral", a, b, f"{key} removed")
            else:
                self.add((*loc, key), "neutral", a, b, f"{key} changed")

    def _types(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...]) -> None:
        a, b = types_of(old), types_of(new)
        if a == b:
            return
        old_v, new_v = type_value(old, a), type_value(new, b)
        if covers(a, b):
            self.add((*loc, "type"), "narrower", old_v, new_v, f"type narrowed from {type_text(a)} to {type_text(b)}")
        elif covers(b, a):
            effect: Effect = "wider"
            text = f"type widened from {type_text(a)} to {type_text(b)}"
            if "null" in b and "null" not in a and covers(a, b - {"null"}):
                text = f"now nullable ({type_text(b)})"
            self.add((*loc, "type"), effect, old_v, new_v, text)
        else:
            self.add(
                (*loc, "type"), "incompatible", old_v, new_v, f"type changed from {type_text(a)} to {type_text(b)}"
            )

    def _enum(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...]) -> None:
        a, b = values_of(old), values_of(new)
        if a is None and b is None:
            return
        key = "enum" if "enum" in new or ("enum" in old and "const" not in new) else "const"
        if a is None:
            values = list((b or {}).values())
            self.add((*loc, key), "narrower", None, values, f"now limited to {listing(values)}")
            return
        if b is None:
            self.add((*loc, key), "wider", list(a.values()), None, "no longer limited to a list of values")
            return
        removed = [a[k] for k in sorted(set(a) - set(b))]
        added = [b[k] for k in sorted(set(b) - set(a))]
        if removed:
            self.add((*loc, key), "narrower", removed, None, f"enum value(s) removed: {listing(removed)}")
        if added:
            self.add((*loc, key), "wider", None, added, f"enum value(s) added: {listing(added)}")

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...]) -> None:
        for key in (*_LOWER, *_UPPER):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            lower = key in _LOWER
            if any(v is not None and not is_number(v) for v in (a, b)):
                self.add((*loc, key), "incompatible", a, b, f"{key} changed from {a} to {b}")
            elif a is None:
                self.add((*loc, key), "narrower", a, b, f"{key} {b} added")
            elif b is None:
                self.add((*loc, key), "wider", a, b, f"{key} removed (was {a})")
            elif (b > a) == lower:
                self.add((*loc, key), "narrower", a, b, f"{key} {'raised' if lower else 'lowered'} from {a} to {b}")
            else:
                self.add((*loc, key), "wider", a, b, f"{key} {'lowered' if lower else 'raised'} from {a} to {b}")
        a, b = old.get("multipleOf"), new.get("multipleOf")
        if a != b:
            effect: Effect = "incompatible"
            if a is None:
                effect = "narrower"
            elif b is None:
                effect = "wider"
            elif is_number(a) and is_number(b) and a and b:
                effect = "narrower" if b % a == 0 else "wider" if a % b == 0 else "incompatible"
            self.add((*loc, "multipleOf"), effect, a, b, f"multipleOf changed from {a} to {b}")

    def _strings(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...]) -> None:
        for key in ("pattern", "format"):
            a, b = old.get(key), new.get(key)
            if a == b:
                continue
            if a is None:
                self.add((*loc, key), "narrower", a, b, f"{key} {json.dumps(short(b))} added")
            elif b is None:
                self.add((*loc, key), "wider", a, b, f"{key} {json.dumps(short(a))} removed")
            elif key == "format" and (a, b) in _FORMAT_WIDENING:
                self.add((*loc, key), "wider", a, b, f"format widened from {a} to {b}")
            elif key == "format" and (b, a) in _FORMAT_WIDENING:
                self.add((*loc, key), "narrower", a, b, f"format narrowed from {a} to {b}")
            else:
                self.add((*loc, key), "incompatible", a, b, f"{key} changed")

    def _objects(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...], depth: int) -> None:
        a_props, b_props = mapping(old, "properties"), mapping(new, "properties")
        a_req, b_req = required_of(old), required_of(new)
        noun = self.top if not loc else "property"
        for name in sorted(set(a_props) | set(b_props)):
            here = (*loc, "properties", name)
            if name not in a_props:
                if name in b_req:
                    self.add(here, "narrower", None, summary(b_props[name]), f"required {noun} {name!r} added")
                else:
                    self.add(here, "neutral", None, summary(b_props[name]), f"optional {noun} {name!r} added")
            elif name not in b_props:
                self.add(here, "incompatible", summary(a_props[name]), None, f"{noun} {name!r} removed", "removed")
            else:
                if name in b_req and name not in a_req:
                    self.add(here, "narrower", "optional", "required", f"{noun} {name!r} is now required", "required")
                elif name in a_req and name not in b_req:
                    self.add(
                        here, "wider", "required", "optional", f"{noun} {name!r} is no longer required", "required"
                    )
                self.compare(a_props[name], b_props[name], here, depth + 1)
        for name in sorted((a_req ^ b_req) - set(a_props) - set(b_props)):
            now = name in b_req
            self.add((*loc, "required", name), "narrower" if now else "wider", not now, now,
                     f"{name!r} is {'now' if now else 'no longer'} required", "required")  # fmt: skip
        self._additional(old, new, loc, depth)
        a_pat, b_pat = mapping(old, "patternProperties"), mapping(new, "patternProperties")
        for pattern in sorted(set(a_pat) | set(b_pat)):
            here = (*loc, "patternProperties", pattern)
            if pattern not in a_pat:
                self.add(here, "narrower", None, summary(b_pat[pattern]), "pattern property added")
            elif pattern not in b_pat:
                self.add(here, "wider", summary(a_pat[pattern]), None, "pattern property removed")
            else:
                self.compare(a_pat[pattern], b_pat[pattern], here, depth + 1)

    def _additional(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...], depth: int) -> None:
        key = "additionalProperties"
        a, b = old.get(key, True), new.get(key, True)
        if self.same(a, b) or (a in (True, {}) and b in (True, {})):
            return
        here = (*loc, key)
        if b is False:
            self.add(here, "narrower", a, b, "additional properties are no longer allowed")
        elif a is False:
            self.add(here, "wider", a, b, "additional properties are now allowed")
        elif a in (True, {}):
            self.add(here, "narrower", a, summary(b), "additional properties are now constrained")
        elif b in (True, {}):
            self.add(here, "wider", summary(a), b, "additional properties are no longer constrained")
        else:
            self.compare(a, b, here, depth + 1)

    def _arrays(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...], depth: int) -> None:
        a_items, b_items = old.get("items"), new.get("items")
        a_prefix = old.get("prefixItems", a_items if isinstance(a_items, list) else None)
        b_prefix = new.get("prefixItems", b_items if isinstance(b_items, list) else None)
        a_items = None if isinstance(a_items, list) else a_items
        b_items = None if isinstance(b_items, list) else b_items
        if not self.same(a_items, b_items):
            here = (*loc, "items")
            if a_items is None:
                self.add(here, "narrower", None, summary(b_items), "item schema added")
            elif b_items is None:
                self.add(here, "wider", summary(a_items), None, "item schema removed")
            else:
                self.compare(a_items, b_items, here, depth + 1)
        if not self.same(a_prefix, b_prefix):
            a_list, b_list = list(a_prefix or []), list(b_prefix or [])
            for i in range(max(len(a_list), len(b_list))):
                here = (*loc, "prefixItems", str(i))
                if i >= len(a_list):
                    self.add(here, "narrower", None, summary(b_list[i]), f"schema for item {i} added")
                elif i >= len(b_list):
                    self.add(here, "wider", summary(a_list[i]), None, f"schema for item {i} removed")
                else:
                    self.compare(a_list[i], b_list[i], here, depth + 1)
        a, b = old.get("uniqueItems", False), new.get("uniqueItems", False)
        if a != b:
            self.add((*loc, "uniqueItems"), "narrower" if b else "wider", a, b,
                     "items must now be unique" if b else "items no longer need to be unique")  # fmt: skip

    def _combinator_wrapping(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...], depth: int) -> bool:
        """`X` becoming `anyOf: [X, Y]` (or the reverse): alternatives added (removed), nothing else."""
        for key in ("anyOf", "oneOf"):
            if (key in old) == (key in new):
                continue
            plain, wrapped = (old, new) if key in new else (new, old)
            branches = wrapped[key]
            rest = {k: v for k, v in core(wrapped).items() if k != key}
            if not isinstance(branches, list) or rest:
                continue
            plain_core = canonical(core(plain))
            same = [
                i
                for i, branch in enumerate(branches)
                if isinstance(branch, dict) and canonical(core(branch)) == plain_core
            ]
            if not same:
                continue
            others = [b for i, b in enumerate(branches) if i != same[0]]
            shown = [summary(b) for b in others]
            if key in new:
                self.add((*loc, key), "wider", None, shown, f"alternative(s) added: {listing(shown, 3)}")
            else:
                self.add((*loc, key), "narrower", shown, None, f"alternative(s) removed: {listing(shown, 3)}")
            return True
        return False

    def _alternatives(
        self, old: dict[str, Any], new: dict[str, Any], key: str, loc: tuple[str, ...], depth: int
    ) -> None:
        a, b = old.get(key), new.get(key)
        if self.same(a, b):
            return
        if a is None or b is None:
            effect: Effect = "narrower" if a is None else "wider"
            self.add((*loc, key), effect, summary(a), summary(b), f"{key} {'added' if a is None else 'removed'}")
            return
        for kind, i, j in pair(a, b):
            here = (*loc, key, str(j if j is not None else i))
            if kind == "added":
                self.add(here, "wider", None, summary(b[j]), "alternative added")
            elif kind == "removed":
                self.add(here, "narrower", summary(a[i]), None, "alternative removed")
            else:
                self.compare(a[i], b[j], here, depth + 1)

    def _all_of(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...], depth: int) -> None:
        a, b = old.get("allOf"), new.get("allOf")
        if self.same(a, b):
            return
        for kind, i, j in pair(a or [], b or []):
            here = (*loc, "allOf", str(j if j is not None else i))
            if kind == "added":
                self.add(here, "narrower", None, summary(b[j]), "constraint added (allOf)")  # type: ignore[index]
            elif kind == "removed":
                self.add(here, "wider", summary(a[i]), None, "constraint removed (allOf)")  # type: ignore[index]
            else:
                self.compare(a[i], b[j], here, depth + 1)  # type: ignore[index]

    def _others(self, old: dict[str, Any], new: dict[str, Any], loc: tuple[str, ...]) -> None:
        handled = {"type", "enum", "const", *_LOWER, *_UPPER, "multipleOf", "pattern", "format", "properties",
                   "required", "additionalProperties", "patternProperties", "items", "prefixItems", "uniqueItems",
                   "anyOf", "oneOf", "allOf", "$ref"}  # fmt: skip
        for key in sorted((set(core(old)) | set(core(new))) - handled):
            a, b = old.get(key), new.get(key)
            if a != b:
                self.add((*loc, key), "incompatible", summary(a), summary(b), f"{key} changed")
