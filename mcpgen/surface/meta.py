"""The tools of the grouped and discovery surfaces, as MCP wire definitions.

The discovery tools' names and arguments are fixed, so clients, prompts and documentation can rely on
them; their descriptions name the API. Grouped tools take `operation` (one of the group's operation
names) and `arguments`; the description lists each operation with what it does and what it requires.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..ir import Tool, ToolGroup

SEARCH, DESCRIBE, CALL_READ, CALL = "search_operations", "describe_operation", "call_read_operation", "call_operation"
DISCOVERY_TOOLS = (SEARCH, DESCRIBE, CALL_READ, CALL)


_TAG = re.compile(r"<[^>]{0,200}>")


def plain(text: str) -> str:
    """`text` without HTML markup (Stripe writes `<p>Create a refund.</p>`)."""
    return html.unescape(_TAG.sub("", text)) if "<" in text or "&" in text else text


def summary_of(tool: Tool) -> str:
    """One line that says what an operation does: its title, else its description's first sentence."""
    text = plain(tool.title or tool.description)
    first = text.strip().split("\n", 1)[0]
    for stop in (". ", "; "):
        if stop in first:
            first = first.split(stop, 1)[0]
    first = first.strip().rstrip(".")
    return first if len(first) <= 120 else first[:117].rstrip() + "..."


def required_of(tool: Tool) -> list[str]:
    required = tool.input_schema.get("required")
    return [r for r in required if isinstance(r, str)] if isinstance(required, list) else []


def _annotations(read_only: bool, destructive: bool, idempotent: bool, open_world: bool = True) -> dict[str, bool]:
    return {
        "readOnlyHint": read_only,
        "destructiveHint": destructive,
        "idempotentHint": idempotent,
        "openWorldHint": open_world,
    }


def discovery_tools(api_title: str, operations: int, groups: list[str]) -> list[dict[str, Any]]:
    """The four discovery tools. `groups` are the group keys `search_operations` filters by."""
    shown = ", ".join(groups[:12]) + (f", ... ({len(groups)} in all)" if len(groups) > 12 else "")
    name_arg = {"type": "string", "minLength": 1, "description": "An operation name from search_operations."}
    arguments_arg = {
        "type": "object",
        "description": "The operation's arguments, as its inputSchema (describe_operation) gives them.",
    }
    call_schema = {
        "type": "object",
        "properties": {"name": name_arg, "arguments": arguments_arg},
        "required": ["name"],
        "additionalProperties": False,
    }
    result_item = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "method": {"type": "string"},
            "path": {"type": "string"},
            "summary": {"type": "string"},
            "required": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["name", "method", "path", "summary", "required"],
    }
    return [
        {
            "name": SEARCH,
            "title": "Search operations",
            "description": f"Find the {api_title} operations ({operations} in all) that do what you need. Say the "
            "task in plain words; results give each operation's name, HTTP method and path, summary and required "
            f"arguments. Then describe_operation, then call it. Groups: {shown}.",
            "inputSchema": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "minLength": 1, "description": "What you want to do."},
                    "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 5},
                    "group": {"type": "string", "description": "Only operations of this group."},
                },
                "required": ["query"],
                "additionalProperties": False,
            },
            "outputSchema": {
                "type": "object",
                "properties": {
                    "results": {"type": "array", "items": result_item},
                    "hint": {"type": "string", "description": "When nothing matched: how to ask again."},
                },
                "required": ["results"],
            },
            "annotations": _annotations(True, False, True, False),
        },
        {
            "name": DESCRIBE,
            "title": "Describe an operation",
            "description": "The full definition of one operation: description, input schema (its arguments), "
            "output schema and whether it changes anything.",
            "inputSchema": {
                "type": "object",
                "properties": {"name": name_arg},
                "required": ["name"],
                "additionalProperties": False,
            },
            "outputSchema": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "description": {"type": "string"},
                    "inputSchema": {"type": "object"},
                    "outputSchema": {"type": "object"},
                    "annotations": {"type": "object"},
                },
                "required": ["name", "description", "inputSchema", "annotations"],
            },
            "annotations": _annotations(True, False, True, False),
        },
        {
            "name": CALL_READ,
            "title": "Call a read-only operation",
            "description": f"Call a {api_title} operation that only reads (its readOnlyHint is true) with its "
            "arguments. Operations that change anything go through call_operation.",
            "inputSchema": call_schema,
            "annotations": _annotations(True, False, True),
        },
        {
            "name": CALL,
            "title": "Call an operation",
            "description": f"Call any {api_title} operation with its arguments. It may create, change or "
            "delete data: prefer call_read_operation for reads.",
            "inputSchema": call_schema,
            "annotations": _annotations(False, True, False),
        },
    ]


def grouped_tool(group: ToolGroup, tools: list[Tool], api_title: str) -> dict[str, Any]:
    """One tool for a group of operations: `operation` picks one, `arguments` are its arguments."""
    lines = []
    for tool in tools:
        required = required_of(tool)
        needs = f" (requires {', '.join(required)})" if required else ""
        lines.append(f"- {tool.name}: {summary_of(tool)}{needs}")
    return {
        "name": group.name,
        "title": f"{api_title}: {group.title}",
        "description": f"{api_title} operations on {group.title}. Set `operation` to one of these and "
        "`arguments` to its arguments:\n" + "\n".join(lines),
        "inputSchema": {
            "type": "object",
            "properties": {
                "operation": {"type": "string", "enum": [t.name for t in tools]},
                "arguments": {"type": "object", "description": "The chosen operation's arguments."},
            },
            "required": ["operation"],
            "additionalProperties": False,
        },
        "annotations": _annotations(
            all(t.annotations.read_only for t in tools),
            any(t.annotations.destructive for t in tools),
            all(t.annotations.idempotent for t in tools),
            any(t.annotations.open_world for t in tools),
        ),
    }
