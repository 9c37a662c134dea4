"""The grouped and discovery tools: each reaches an operation through the same `invoke`
as a tool of its own (validation, request, result), so no surface is a second code path.

Grouped: a tool per group, called with `operation` and `arguments`. Discovery:
`search_operations`, `describe_operation`, `call_read_operation` (read-only operations
only) and `call_operation`.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Awaitable, Callable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any

import mcp_types as types

from .results import text_result

if TYPE_CHECKING:  # semantic.py ships in discovery packages only
    from .semantic import Semantic

Invoke = Callable[[str, dict[str, Any]], Awaitable[types.CallToolResult]]
SEARCH, DESCRIBE, CALL_READ, CALL = (
    "search_operations",
    "describe_operation",
    "call_read_operation",
    "call_operation",
)


def _load(name: str) -> Any:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


class Operations:
    """Every operation's definition and route (`operations.json`), read on first use."""

    def __init__(self) -> None:
        self._data: dict[str, Any] | None = None

    def _loaded(self) -> dict[str, Any]:
        if self._data is None:
            data = _load("operations.json")
            wires = data["operations"]
            data["index"] = {w["name"]: i for i, w in enumerate(wires)}
            self._data = data
        return self._data

    @property
    def wires(self) -> list[dict[str, Any]]:
        return self._loaded()["operations"]

    @property
    def routes(self) -> list[dict[str, Any]]:
        return self._loaded()["routes"]

    @property
    def groups(self) -> list[str]:
        return self._loaded()["groups"]

    def number(self, name: str) -> int | None:
        return self._loaded()["index"].get(name)

    def wire(self, name: str) -> dict[str, Any] | None:
        number = self.number(name)
        return None if number is None else self.wires[number]

    def unknown(self, name: str) -> types.CallToolResult:
        """An error result for a name that is no operation, with the closest names."""
        close = difflib.get_close_matches(
            name, [w["name"] for w in self.wires], n=5, cutoff=0.5
        )
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        return text_result(
            f"Unknown operation {name!r}.{hint} search_operations finds operations.",
            error=True,
        )

    def result(self, number: int) -> dict[str, Any]:
        wire, route = self.wires[number], self.routes[number]
        return {
            "name": wire["name"],
            "method": route["method"],
            "path": route["path"],
            "summary": route["summary"],
            "required": route["required"],
        }


class Surface:
    """Answers the calls of the listed tools that are not operations of their own."""

    def __init__(
        self,
        kind: str,
        listed: Mapping[str, dict[str, Any]],
        invoke: Invoke,
        operations: Operations | None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.invoke = invoke
        self.operations = operations or Operations()
        self._searcher: Any = None
        self.semantic: Semantic | None = None
        if kind == "discovery" and env is not None:
            from .semantic import Semantic

            service = _load("service.json")
            self.semantic = Semantic.configured(env, service["env"], service["name"])
        # a grouped tool's operations are the enum of its `operation` argument
        self.groups = {
            name: set(wire["inputSchema"]["properties"]["operation"]["enum"])
            for name, wire in listed.items()
            if kind == "grouped" and "operation" in wire["inputSchema"]["properties"]
        }

    def handles(self, name: str) -> bool:
        if self.kind == "discovery":
            return name in (SEARCH, DESCRIBE, CALL_READ, CALL)
        return name in self.groups

    async def call(self, name: str, args: dict[str, Any]) -> types.CallToolResult:
        # strict clients send null for what they leave out, and objects as JSON text
        args = {k: v for k, v in args.items() if v is not None}
        if isinstance(args.get("arguments"), str):
            try:
                args["arguments"] = json.loads(args["arguments"])
            except ValueError:
                return text_result("`arguments` is not valid JSON text", error=True)
        if not isinstance(args.get("arguments", {}), dict):
            return text_result("`arguments` must be an object", error=True)
        if name in self.groups:
            operation = args["operation"]
            if operation not in self.groups[name]:
                return text_result(
                    f"{operation!r} is not an operation of {name}", error=True
                )
            return await self.invoke(operation, dict(args.get("arguments") or {}))
        if name == SEARCH:
            return await self.search(
                args["query"], args.get("limit", 5), args.get("group")
            )
        operation = args["name"]
        wire = self.operations.wire(operation)
        if wire is None:
            return self.operations.unknown(operation)
        if name == DESCRIBE:
            return _structured(_description(wire))
        if name == CALL_READ and not wire["annotations"]["readOnlyHint"]:
            return text_result(
                f"{operation} is not read-only: it may change data. Use {CALL} for it.",
                error=True,
            )
        return await self.invoke(operation, dict(args.get("arguments") or {}))

    async def search(
        self, query: str, limit: int, group: str | None
    ) -> types.CallToolResult:
        operations = self.operations
        allowed = None
        if group is not None:
            if group not in operations.groups:
                close = difflib.get_close_matches(group, operations.groups, n=5)
                hint = f" Did you mean: {', '.join(close)}?" if close else ""
                return text_result(f"Unknown group {group!r}.{hint}", error=True)
            allowed = [
                i for i, r in enumerate(operations.routes) if r["group"] == group
            ]
        if self._searcher is None:
            from .search import Searcher

            self._searcher = Searcher(_load("search.json"))
        found = None
        if self.semantic is not None:
            # fused with the operator's embeddings endpoint's ranking, when it answers
            lexical = self._searcher.search(query, self.semantic.depth, allowed)
            found = await self.semantic.rank(query, lexical, self.texts, limit, allowed)
        if found is None:
            found = self._searcher.search(query, limit, allowed)
        if found:
            return _structured({"results": [operations.result(i) for i, _ in found]})
        # nothing to go on: say so, and what the API is made of, to ask again with
        groups = operations.groups
        shown = ", ".join(groups[:20])
        if len(groups) > 20:
            shown += f" ({len(groups)} in all)"
        hint = (
            "No operation matched a word of this query. Say the task with the API's "
            "own words for the object and the action; its groups (search within one "
            f"with `group`): {shown}."
        )
        return _structured({"results": [], "hint": hint})

    def texts(self) -> list[str]:
        """What is embedded for each operation, in operation order."""
        from .semantic import operation_text

        operations = self.operations
        return [
            operation_text(w, r)
            for w, r in zip(operations.wires, operations.routes, strict=True)
        ]


def _description(wire: dict[str, Any]) -> dict[str, Any]:
    described = {
        "name": wire["name"],
        "description": wire["description"],
        "inputSchema": wire["inputSchema"],
        "annotations": wire["annotations"],
    }
    if "outputSchema" in wire:
        described["outputSchema"] = wire["outputSchema"]
    return described


def _structured(data: dict[str, Any]) -> types.CallToolResult:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=text)], structured_content=data
    )
