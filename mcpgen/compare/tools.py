"""Pair the tools of two versions and classify every difference a client of the server can see.

Tools are paired by the operation they call first (method, path template with parameter names ignored,
fixed query such as `?action=start`), then by operationId when it names one operation on each side, then
by name. A pair with different names is a rename. Schema differences are breaking by side: an input
that accepts less (narrower) breaks callers, an output that may hold more (wider) breaks readers; an
incompatible change breaks both (see `schema.py`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from typing import Any

from ..ir import Tool
from .keywords import short
from .result import Change, ChangeSeverity
from .schema import Effect, SchemaChange, compare_schemas

_PATH_PARAM = re.compile(r"\{[^}]*\}")
_REASONS: dict[tuple[str, Effect, str], str] = {
    # side, effect, aspect (see SchemaChange): why the change breaks clients
    ("input", "narrower", ""): "calls that worked before may now be rejected",
    ("input", "incompatible", ""): "calls that worked before may now fail",
    ("input", "incompatible", "removed"): "calls that send it are now rejected or have it ignored",
    ("output", "wider", ""): "results may now hold values clients do not expect",
    ("output", "wider", "required"): "results may now lack it",
    ("output", "incompatible", ""): "results no longer match what clients expect",
    ("output", "incompatible", "removed"): "clients reading it no longer get it",
}
_HINTS = (
    # attribute, wire name, the value that is less safe, message when it becomes less safe / safer
    ("read_only", "readOnlyHint", False, "no longer read-only", "now read-only"),
    ("destructive", "destructiveHint", True, "now destructive", "no longer destructive"),
    ("idempotent", "idempotentHint", False, "no longer idempotent", "now idempotent"),
    ("open_world", "openWorldHint", True, "now open-world", "no longer open-world"),
)


def operation(tool: Tool) -> str:
    """`GET /pets/{petId}?action=x`: the request a tool makes, as people read it."""
    query = "&".join(f"{k}={v}" for k, v in tool.binding.fixed_query)
    return f"{tool.binding.method} {tool.binding.path}" + (f"?{query}" if query else "")


def _identity(tool: Tool) -> Hashable:
    query = tuple(sorted((k, v) for k, v in tool.binding.fixed_query if k.lower() != "api-version"))
    return (tool.binding.method.upper(), _PATH_PARAM.sub("{}", tool.binding.path).rstrip("/"), query)


def _operation_id(tool: Tool) -> Hashable:
    return tool.operation_id


def _name(tool: Tool) -> Hashable:
    return tool.name


def pair_tools(old: tuple[Tool, ...], new: tuple[Tool, ...]) -> tuple[list[tuple[Tool, Tool]], list[Tool], list[Tool]]:
    """Pairs of the same tool, then the tools only in `old` (removed) and only in `new` (added)."""
    pairs: list[tuple[Tool, Tool]] = []
    old_left, new_left = list(old), list(new)
    keys: list[Callable[[Tool], Hashable]] = [_identity, _operation_id, _name]
    for key in keys:
        # A key pairs tools only when it names one tool on each side (operationIds may be shared).
        old_count, new_count = Counter(key(t) for t in old), Counter(key(t) for t in new)
        new_by_key = {key(t): t for t in new_left if new_count[key(t)] == 1}
        for tool in list(old_left):
            k = key(tool)
            if k is None or old_count[k] != 1 or k not in new_by_key:
                continue
            match = new_by_key.pop(k)
            pairs.append((tool, match))
            old_left.remove(tool)
            new_left.remove(match)
    return pairs, old_left, new_left


def diff_tools(old: tuple[Tool, ...], new: tuple[Tool, ...]) -> list[Change]:
    """Every change from `old` to `new`, sorted."""
    pairs, removed, added = pair_tools(old, new)
    changes = [
        Change(
            t.name, "removed", "breaking", "", operation(t), None, f"tool removed ({operation(t)}); calls to it fail"
        )
        for t in removed
    ]
    changes += [
        Change(t.name, "added", "non-breaking", "", None, operation(t), f"new tool ({operation(t)})") for t in added
    ]
    for a, b in pairs:
        changes.extend(_tool_changes(a, b))
    return sorted(changes, key=Change.sort_key)


def _tool_changes(a: Tool, b: Tool) -> Iterator[Change]:
    name = b.name

    def change(location: str, severity: ChangeSeverity, old: Any, new: Any, message: str) -> Change:
        return Change(name, "changed", severity, location, short(old), short(new), message)

    if a.name != b.name:
        yield Change(name, "renamed", "breaking", "name", a.name, b.name,
                     f"renamed from {a.name!r} ({operation(b)}); calls to the old name fail")  # fmt: skip
    for attr, label in (("title", "title"), ("description", "description")):
        before, after = getattr(a, attr), getattr(b, attr)
        if before != after:
            verb = "added" if not before else "removed" if not after else "changed"
            yield change(label, "non-breaking", before, after, f"{label} {verb}")
    if a.deprecated != b.deprecated:
        yield change("deprecated", "non-breaking", a.deprecated, b.deprecated,
                     "now deprecated" if b.deprecated else "no longer deprecated")  # fmt: skip
    for attr, wire, unsafe, worse, better in _HINTS:
        before, after = getattr(a.annotations, attr), getattr(b.annotations, attr)
        if before == after:
            continue
        if after == unsafe:
            yield change(f"annotations/{wire}", "breaking", before, after,
                         f"{worse}; clients that relied on the old hint may now act unsafely")  # fmt: skip
        else:
            yield change(f"annotations/{wire}", "non-breaking", before, after, better)
    yield from _binding_changes(a, b, change)
    yield from _schema_changes(name, "input", a.input_schema, b.input_schema)
    if a.output_schema is None and b.output_schema is not None:
        yield change("outputSchema", "non-breaking", None, "object", "structured output added")
    elif a.output_schema is not None and b.output_schema is None:
        yield change("outputSchema", "breaking", "object", None,
                     "structured output removed; clients reading structuredContent lose it")  # fmt: skip
    elif a.output_schema is not None and b.output_schema is not None:
        yield from _schema_changes(name, "output", a.output_schema, b.output_schema)


def _binding_changes(a: Tool, b: Tool, change: Callable[..., Change]) -> Iterator[Change]:
    if operation(a) != operation(b):
        yield change("binding", "non-breaking", operation(a), operation(b), f"now calls {operation(b)}")
    if a.binding.response_kind != b.binding.response_kind:
        yield change("binding/responseKind", "breaking", a.binding.response_kind, b.binding.response_kind,
                     f"result kind changed from {a.binding.response_kind} to {b.binding.response_kind}; "
                     "results no longer match what clients expect")  # fmt: skip
    if a.binding.security != b.binding.security:
        before, after = _security(a), _security(b)
        if not a.binding.security:
            text = f"authentication now required ({after}); the server needs its credentials configured"
        elif not b.binding.security:
            text = "authentication no longer required"
        else:
            text = f"authentication changed from {before} to {after}"
        yield change("binding/security", "non-breaking", before or None, after or None, text)


def _security(tool: Tool) -> str:
    return " or ".join(" and ".join(alt) or "none" for alt in tool.binding.security)


def _schema_changes(tool: str, side: str, old: dict[str, Any], new: dict[str, Any]) -> Iterator[Change]:
    if old == new:
        return
    prefix = "inputSchema" if side == "input" else "outputSchema"
    for found in compare_schemas(old, new, top="argument" if side == "input" else "property"):
        yield _classify(tool, side, prefix, found)


def _classify(tool: str, side: str, prefix: str, found: SchemaChange) -> Change:
    reason = _REASONS.get((side, found.effect, found.aspect)) or _REASONS.get((side, found.effect, ""))
    severity: ChangeSeverity = "breaking" if reason else "non-breaking"
    location = f"{prefix}/{found.location}" if found.location else prefix
    message = f"{found.message}; {reason}" if reason else found.message
    return Change(tool, "changed", severity, location, found.old, found.new, message)
