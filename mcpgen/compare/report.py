"""A comparison as console text, JSON, or Markdown for a pull-request comment.

Text that comes from the descriptions (tool names, property names, enum values, descriptions) is escaped
in Markdown so that it shows as typed: HTML, table pipes, backticks, emphasis, links and @mentions
cannot break the comment or act in it.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .result import Change, DiffResult, SideInfo

_MD_SPECIAL = re.compile(r"[&<>|`*_\[\]\\~#]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
_UNPRINTABLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
"""Control characters (terminal escapes among them) a console line must not carry raw."""
_MAX_CELL = 160
MAX_COMMENT = 60_000


def to_json(result: DiffResult) -> str:
    return json.dumps(result.to_dict(), indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def _side(side: SideInfo) -> str:
    return f"{side.title} {side.version} ({side.kind} {side.source}, {side.tools} tools)"


def _value(value: Any) -> str:
    return "-" if value is None else json.dumps(value, ensure_ascii=False)


def console(result: DiffResult) -> str:
    """Grouped by kind (removed, renamed, changed, added), breaking changes marked `!`, then a summary."""
    lines = [f"old: {_side(result.old)}", f"new: {_side(result.new)}"]
    if result.breaking:
        lines.append("(! marks a breaking change)")
    by_kind: dict[str, list[Change]] = {}
    renamed = set(result.tools("renamed"))
    for change in result.changes:
        kind = "renamed" if change.tool in renamed and change.kind == "changed" else change.kind
        by_kind.setdefault(kind, []).append(change)
    for kind in ("removed", "renamed", "changed", "added"):
        changes = by_kind.get(kind, [])
        if not changes:
            continue
        lines.append("")
        lines.append(f"{kind.capitalize()} ({len(result.tools(kind))}):")  # type: ignore[arg-type]
        if kind in ("removed", "added"):
            lines.extend(f"  {_mark(c)} {c.tool}  {c.old or c.new}" for c in changes)
            continue
        tool = None
        for c in changes:
            if c.tool != tool:
                tool = c.tool
                lines.append(f"  {tool}")
            prose = c.kind == "renamed" or c.location.rsplit("/", 1)[-1] in ("description", "title")
            values = "" if prose else f" ({_value(c.old)} -> {_value(c.new)})"
            lines.append(f"    {_mark(c)} {c.location}: {c.message}{values}")
    lines.append("")
    lines.append(result.summary())
    text = "\n".join(lines) + "\n"
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _mark(change: Change) -> str:
    return "!" if change.breaking else " "


def escape(text: Any, limit: int = _MAX_CELL) -> str:
    """`text` safe inside a Markdown table cell: on one line, cut to `limit`, Markdown and HTML inert."""
    text = text if isinstance(text, str) else json.dumps(text, ensure_ascii=False)
    text = _CONTROL.sub(" ", text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    text = _MD_SPECIAL.sub(lambda m: f"&#{ord(m.group())};", text)
    # A word joiner after `@` stops GitHub from turning `@name` into a mention.
    return text.replace("@", "@&#8288;")


def _code(text: Any) -> str:
    return f"<code>{escape(text)}</code>" if text not in (None, "") else ""


def _row(c: Change) -> str:
    old, new = (None, None) if _prose(c) else (_cell(c.old), _cell(c.new))
    return f"| {_code(c.tool)} | {escape(c.message)} | {_code(c.location)} | {_code(old)} | {_code(new)} |"


def _table(changes: list[Change], budget: int) -> list[str]:
    """A table of `changes`, as many rows as fit in `budget` characters, then a line saying how many are left."""
    rows = ["| Tool | Change | Where | Old | New |", "|---|---|---|---|---|"]
    used = 0
    for i, change in enumerate(changes):
        row = _row(change)
        used += len(row) + 1
        if used > budget:
            rows += ["", f"… and {len(changes) - i} more (the whole list: `mcpgen diff --json`)."]
            break
        rows.append(row)
    return rows


def _prose(change: Change) -> bool:
    """Values that are text nobody reads in a cut form (descriptions, titles) or already in the sentence."""
    return change.kind == "renamed" or change.location.rsplit("/", 1)[-1] in ("description", "title")


def _cell(value: Any) -> str | None:
    return None if value is None else _value(value)


def to_markdown(result: DiffResult, max_chars: int = MAX_COMMENT) -> str:
    """A summary table, the breaking changes, then the rest folded in `<details>`; at most `max_chars`
    characters (GitHub refuses comments over 65,536), breaking changes first."""
    old, new = result.old, result.new
    title = escape(new.title, 80)
    versions = f"{escape(old.version, 40)} → {escape(new.version, 40)}"
    lines = [f"### MCP tools: {title} {versions}", ""]
    breaking, other = result.breaking, [c for c in result.changes if not c.breaking]
    if not result.changes:
        lines.append(f"No changes to the {new.tools} tools.")
        return "\n".join(lines) + "\n"
    lines += [
        "| Tools | Count |",
        "|---|---|",
        *(f"| {k.capitalize()} | {len(result.tools(k))} |" for k in ("added", "removed", "renamed", "changed")),  # type: ignore[arg-type]
        f"| **Breaking changes** | **{len(breaking)}** |",
        f"| Non-breaking changes | {len(other)} |",
        "",
    ]
    budget = max_chars - 1_000  # headings, the summary and the closing lines
    if breaking:
        table = _table(breaking, budget)
        budget -= sum(len(line) + 1 for line in table)
        lines += [f"#### Breaking changes ({len(breaking)})", "", *table, ""]
    else:
        lines += ["No breaking changes.", ""]
    if other:
        table = _table(other, budget)
        lines += [
            "<details>",
            f"<summary>Non-breaking changes ({len(other)})</summary>",
            "",
            *table,
            "",
            "</details>",
            "",
        ]
    lines.append(f"<sub>{escape(result.summary())} · mcpgen diff</sub>")
    return "\n".join(lines) + "\n"
