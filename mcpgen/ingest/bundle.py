"""One self-contained JSON Schema per tool, built from the converter's named definitions.

Definitions used once (and not recursive) are inlined, the rest stay under `$defs`, and a size budget
loosens what does not fit (breadth first, so the shallow structure is what is kept). A loosened
reference keeps the definition's `type`, so a client still knows an object is an object.

Big descriptions (Microsoft Graph: 11,422 operations over 2,599 schemas) make this the hot path, so each
definition is scanned once for the places of its references, and a bundle copies only the paths that
lead to them; everything else is shared, never mutated.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Mode = Literal["input", "output"]
DEF_PREFIX = "#/$defs/"
ANNOTATIONS = frozenset({"description", "title", "deprecated", "examples", "default", "readOnly", "writeOnly"})

Trie = dict[Any, Any]
"""Keys (or list indices) that lead to `$ref` nodes; `_REF` marks a `$ref` node itself."""
_REF = "$ref"


def _scan(node: Any, names: list[str]) -> Trie | str | None:
    """The paths to the `$ref`s in `node`, appending the referenced names in document order."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
            names.append(ref[len(DEF_PREFIX) :])
            for key, value in node.items():
                if key != "$ref" and isinstance(value, dict | list):
                    _scan(value, names)  # siblings are rewritten whole; only their names count
            return _REF
        items: Any = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return None
    trie: Trie = {}
    for key, value in items:
        if isinstance(value, dict | list):
            sub = _scan(value, names)
            if sub is not None:
                trie[key] = sub
    return trie or None


class Bundler:
    """Bundles schemas over the definitions of one description; caches what it learns per definition."""

    def __init__(self, defs: dict[Mode, dict[str, Any]]) -> None:
        self.defs = defs
        self._scans: dict[Mode, dict[str, tuple[tuple[str, ...], Trie | str | None]]] = {"input": {}, "output": {}}
        self._sizes: dict[Mode, dict[str, int]] = {"input": {}, "output": {}}
        self._loose: dict[Mode, dict[str, dict[str, Any]]] = {"input": {}, "output": {}}

    def _scan_of(self, name: str, mode: Mode) -> tuple[tuple[str, ...], Trie | str | None]:
        cache = self._scans[mode]
        if name not in cache:
            names: list[str] = []
            trie = _scan(self.defs[mode][name], names)
            cache[name] = (tuple(names), trie)
        return cache[name]

    def refs_of(self, name: str, mode: Mode) -> tuple[str, ...]:
        return self._scan_of(name, mode)[0]

    def size_of(self, name: str, mode: Mode) -> int:
        cache = self._sizes[mode]
        if name not in cache:
            cache[name] = len(json.dumps(self.defs[mode][name], separators=(",", ":")))
        return cache[name]

    def loose_type(self, name: str, mode: Mode) -> dict[str, Any]:
        """The `type` of a definition left out of a bundle, so a loosened schema still tells its kind."""
        cache = self._loose[mode]
        if name not in cache:
            schema = self.defs[mode].get(name)
            kind = schema.get("type") if isinstance(schema, dict) else None
            if is_object_schema(schema, self.defs[mode]):
                cache[name] = {"type": "object"}
            else:
                cache[name] = {"type": kind} if isinstance(kind, str) else {}
        return cache[name]

    def bundle(self, root: dict[str, Any], mode: Mode, budget: int) -> tuple[dict[str, Any], bool]:
        """A self-contained schema for `root`; returns it and whether the budget loosened it."""
        names: list[str] = []
        trie = _scan(root, names)
        kept, loosened = self._within_budget(root, names, mode, budget)
        keep = set(kept)
        counts = dict.fromkeys(kept, 0)
        for name in [*names, *(r for owner in kept for r in self.refs_of(owner, mode))]:
            if name in counts:
                counts[name] += 1
        edges = {n: [r for r in self.refs_of(n, mode) if r in keep] for n in kept}
        recursive = _recursive(kept, edges.__getitem__)
        inline = {n for n in kept if counts[n] == 1 and n not in recursive}
        rewriter = _Rewriter(self, mode, keep, inline)
        result = rewriter.apply(root, trie)
        remaining = sorted(n for n in kept if n not in inline)
        if remaining:
            base = result if isinstance(result, dict) else {"allOf": [result]}
            result = {**base, "$defs": {n: rewriter.definition(n) for n in remaining}}  # a copy: parts are shared
        return result, loosened

    def _within_budget(self, root: dict[str, Any], names: list[str], mode: Mode, budget: int) -> tuple[list[str], bool]:
        kept: list[str] = []
        size = len(json.dumps(root, separators=(",", ":")))
        loosened = False
        seen: set[str] = set()
        queue = deque(names)
        while queue:  # breadth first: the shallow structure is kept when the budget runs out
            name = queue.popleft()
            if name in seen:
                continue
            seen.add(name)
            if size + self.size_of(name, mode) > budget:
                loosened = True
                continue
            size += self.size_of(name, mode)
            kept.append(name)
            queue.extend(self.refs_of(name, mode))
        return kept, loosened


@dataclass
class _Rewriter:
    """Rewrites the `$ref`s of one bundle: inlines definitions used once, loosens the ones left out."""

    bundler: Bundler
    mode: Mode
    keep: set[str]
    inline: set[str]
    loose: set[int] = field(default_factory=set)
    """The ids of the loosened schemas this rewriter made."""

    def apply(self, node: Any, trie: Trie | str | None) -> Any:
        """`node` with the `$ref`s at the places `trie` gives rewritten; the rest is shared. A `oneOf` with a
        loosened branch becomes an `anyOf`: two loosened object branches both accept every object, so `oneOf`
        would refuse every value."""
        if not isinstance(trie, dict):
            if trie is None:
                return node
            ref: str = node["$ref"]  # the trie marks a `$ref` node
            return self._ref(node, ref[len(DEF_PREFIX) :])
        copy: Any = dict(node) if isinstance(node, dict) else list(node)
        for key, sub in trie.items():
            copy[key] = self.apply(node[key], sub)
        branches = copy.get("oneOf") if "oneOf" in trie and "anyOf" not in copy else None
        if isinstance(branches, list) and any(id(branch) in self.loose for branch in branches):
            copy["anyOf"] = copy.pop("oneOf")
        return copy

    def definition(self, name: str) -> Any:
        _, trie = self.bundler._scan_of(name, self.mode)
        return self.apply(self.bundler.defs[self.mode][name], trie)

    def _siblings(self, node: dict[str, Any]) -> dict[str, Any]:
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        names: list[str] = []
        return self.apply(siblings, _scan(siblings, names)) if siblings else siblings

    def _ref(self, node: dict[str, Any], name: str) -> Any:
        siblings = self._siblings(node)
        if name not in self.keep:
            siblings.setdefault("description", f"A {name} value (schema omitted for size).")
            loose = {**self.bundler.loose_type(name, self.mode), **siblings}
            self.loose.add(id(loose))
            return loose
        if name not in self.inline:
            return {"$ref": node["$ref"], **siblings}
        target = self.definition(name)
        if not siblings:
            return target
        # A parameter's description beside the `$ref` wins over the definition's own.
        if isinstance(target, dict) and not (siblings.keys() & target.keys()) - ANNOTATIONS:
            return {**target, **siblings}
        return {"allOf": [target], **siblings}


def is_object_schema(schema: Any, defs: dict[str, Any], depth: int = 0) -> bool:
    """Whether every value `schema` accepts, other than null, is a JSON object."""
    if not isinstance(schema, dict) or depth > 16:
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
        return is_object_schema(defs.get(ref[len(DEF_PREFIX) :]), defs, depth + 1)
    kind = schema.get("type")
    if kind is not None:
        return kind == "object" or (isinstance(kind, list) and "object" in kind and set(kind) <= {"object", "null"})
    if any(is_object_schema(part, defs, depth + 1) for part in schema.get("allOf") or ()):
        return True  # every part must hold, so one object part makes it an object
    for key in ("anyOf", "oneOf"):
        branches = [b for b in schema.get(key) or () if not (isinstance(b, dict) and b.get("type") == "null")]
        if branches and all(is_object_schema(b, defs, depth + 1) for b in branches):
            return True
    return "properties" in schema or "additionalProperties" in schema


_IN_PLACE_ONE = ("not", "if", "then", "else")
_IN_PLACE_MANY = ("allOf", "anyOf", "oneOf")


def _in_place_refs(schema: Any) -> list[str]:
    """Definitions `schema` applies to the same value it validates (not to a property or item of it)."""
    names: list[str] = []
    stack = [schema]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(DEF_PREFIX):
            names.append(ref[len(DEF_PREFIX) :])
        stack.extend(node[k] for k in _IN_PLACE_ONE if k in node)
        for key in _IN_PLACE_MANY:
            if isinstance(node.get(key), list):
                stack.extend(node[key])
        if isinstance(node.get("dependentSchemas"), dict):
            stack.extend(node["dependentSchemas"].values())
    return names


def in_place_cycle(name: str, defs: dict[str, Any]) -> bool:
    """Whether definition `name` reaches itself through in-place references only: validating a value
    against it would never end (`A: {$ref: B}`, `B: {allOf: [{$ref: A}]}`)."""
    seen: set[str] = set()
    stack = _in_place_refs(defs.get(name))
    while stack:
        current = stack.pop()
        if current == name:
            return True
        if current in seen or current not in defs:
            continue
        seen.add(current)
        stack.extend(_in_place_refs(defs[current]))
    return False


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
