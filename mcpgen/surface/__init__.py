"""Tool surfaces: how a server offers its operations to a client.

- `tools`: one tool per operation.
- `grouped`: one tool per group of operations (a tag, or the first path word), taking `operation` and
  `arguments`.
- `discovery`: four fixed tools, `search_operations`, `describe_operation`, `call_read_operation` and
  `call_operation`, over every operation; chosen operations can be pinned as tools of their own.

`auto` (the default) takes the first that fits the client profile's tool cap and token budget. Every
surface reaches every selected operation through the same generated function, validation and result
handling; only what `tools/list` sends differs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from .. import naming
from ..diagnostics import Diagnostics
from ..ir import SurfaceKind, SurfacePlan, SurfaceSize, Tool, ToolGroup
from .meta import CALL, CALL_READ, DISCOVERY_TOOLS, discovery_tools, grouped_tool
from .profiles import PROFILES, Profile
from .strict import strict_problems, to_strict
from .wire import tool_wire, wire_bytes

_VERSION_WORD = re.compile(r"^(?:v\d+(?:[._]\d+)*(?:(?:alpha|beta)\d*)?|api|apis|rest|\d+)$", re.IGNORECASE)
_KEY_CHARS = re.compile(r"[^a-z0-9-]+")
KEY_LIMIT = 12


def server_key(explicit: str | None, dist_slug: str) -> str:
    """The short key clients know the server by: `explicit`, else the package slug's first words."""
    if explicit:
        return explicit
    key = ""
    for word in dist_slug.split("-"):
        candidate = f"{key}-{word}" if key else word
        if len(candidate) > KEY_LIMIT:
            break
        key = candidate
    return key or _KEY_CHARS.sub("", dist_slug.lower())[:KEY_LIMIT] or "api"


def fit_names(tools: list[Tool], budget: int, key: str, diags: Diagnostics) -> list[Tool]:
    """Tool names cut to `budget` characters (unique, deterministic), so that none passes a client's
    limit once the client prefixes it; one diagnostic says how many were cut."""
    cut = [naming.tool_name_from_operation_id(t.name, budget) if len(t.name) > budget else t.name for t in tools]
    names = naming.dedupe(cut, budget=budget)
    changed = [(t.name, n) for t, n in zip(tools, names, strict=True) if t.name != n]
    if changed:
        examples = ", ".join(f"{old} -> {new}" for old, new in changed[:3])
        diags.info(
            "name-over-client-limit",
            f"{len(changed)} tool name(s) cut to {budget} characters, so that with the `mcp__{key}__` prefix "
            f"clients add they stay within 64: {examples}{', ...' if len(changed) > 3 else ''}",
            hint="set server_key (at most 12 characters) or x-mcp.name / overrides for names of your own",
        )
    py_names = naming.dedupe([naming.py_identifier(n) for n in names])
    return [
        t if t.name == n else t.model_copy(update={"name": n, "py_name": p})
        for t, n, p in zip(tools, names, py_names, strict=True)
    ]


def group_title(tool: Tool, group_by: str) -> str:
    """The tag (or path word) a tool is grouped under: its first tag, else its path's first real word."""
    if group_by == "tag" and tool.tags:
        return tool.tags[0]
    if tool.binding.kind == "sdk":
        return tool.binding.service
    words = [w for w in naming.route_words(tool.binding.path) if not _VERSION_WORD.match(w)]
    return words[0] if words else "other"


def make_groups(tools: list[Tool], group_by: str, budget: int) -> list[ToolGroup]:
    titles: dict[str, list[str]] = {}
    for tool in tools:
        titles.setdefault(group_title(tool, group_by), []).append(tool.name)
    ordered = sorted(titles)
    names = naming.dedupe(
        [naming.tool_name_from_operation_id(naming.snake(t) or "other", budget) for t in ordered], budget=budget
    )
    return [ToolGroup(name=n, title=t, operations=tuple(titles[t])) for n, t in zip(names, ordered, strict=True)]


def fit_input_schema(wire: dict[str, Any], profile: Profile) -> dict[str, Any]:
    """`wire` with an input schema the profile's clients accept. Anthropic's tool input schemas may not
    have `anyOf`/`oneOf`/`allOf` at their root: such a constraint moves into the schema's description
    (the server still checks it: it validates against the operation's own schema)."""
    schema = wire["inputSchema"]
    if profile.strict_schemas:
        return {**wire, "inputSchema": to_strict(schema)}
    roots = [k for k in ("anyOf", "oneOf", "allOf") if k in schema]
    if not profile.no_top_level_unions or not roots:
        return wire
    fitted = {k: v for k, v in schema.items() if k not in roots}
    notes = []
    for key in roots:
        alternatives = schema[key]
        named = [a["required"][0] for a in alternatives if isinstance(a, dict) and list(a) == ["required"]
                 and isinstance(a["required"], list) and len(a["required"]) == 1]  # fmt: skip
        if key == "anyOf" and len(named) == len(alternatives):
            notes.append(f"Give at least one of: {', '.join(named)}.")
        else:
            notes.append(f"The arguments must also satisfy {key} ({len(alternatives)} schemas): see the operation's "
                         "description.")  # fmt: skip
    description = " ".join([fitted["description"]] if isinstance(fitted.get("description"), str) else [])
    fitted["description"] = " ".join([description, *notes]).strip()
    return {**wire, "inputSchema": fitted}


def listed_wires(surface: SurfacePlan, tools: Sequence[Tool]) -> list[dict[str, Any]]:
    """What `tools/list` sends. A tools surface whose schemas were not fitted lists every tool's own wire, in
    order: those are taken (the same JSON, already written once in a `shared_wires` block) rather than the plan's
    copies."""
    if surface.kind == "tools" and not surface.fitted and len(tools) == len(surface.listed):
        wires = [tool_wire(t) for t in tools]
        if all(w["name"] == listed["name"] for w, listed in zip(wires, surface.listed, strict=True)):
            return wires
    return list(surface.listed)


def measure(kind: SurfaceKind, wires: list[dict[str, Any]]) -> SurfaceSize:
    sizes = [(w["name"], wire_bytes(w)) for w in wires]
    total = sum(n for _, n in sizes)
    heaviest = sorted(sizes, key=lambda item: (-item[1], item[0]))[:10]
    return SurfaceSize(
        kind=kind, tools=len(wires), list_bytes=total, approx_tokens=total // 4, heaviest=tuple(heaviest)
    )


def _fits(size: SurfaceSize, profile: Profile) -> bool:
    return size.tools <= profile.tool_cap and size.approx_tokens <= profile.token_budget


def _pins(tools: list[Tool], pins: tuple[str, ...], diags: Diagnostics) -> list[Tool]:
    keys = {}
    for tool in tools:
        for key in (tool.name, tool.operation_id, f"{tool.binding.method} {tool.binding.path}"):
            if key:
                keys.setdefault(key, tool)
    found = []
    for pin in pins:
        if pin in keys:
            found.append(keys[pin])
        else:
            diags.warning("pin-unmatched", f"pin {pin!r} matches no selected operation",
                          hint="pins are operationIds, tool names or 'METHOD /path'")  # fmt: skip
    return list({t.name: t for t in found}.values())


def plan_surface(
    tools: list[Tool],
    *,
    api_title: str,
    requested: str,
    profile_name: str,
    key: str,
    group_by: str,
    pins: tuple[str, ...],
    diags: Diagnostics,
) -> tuple[list[Tool], SurfacePlan]:
    """Fits names to the profile, measures every surface and picks one; returns the renamed tools."""
    profile = PROFILES[profile_name]
    budget = profile.name_budget(key)
    tools = fit_names(tools, budget, key, diags)
    by_name = {t.name: t for t in tools}
    pinned = _pins(tools, pins, diags)
    pinned_wires = [tool_wire(t) for t in pinned]
    groups = make_groups(tools, group_by, budget)
    candidates: dict[SurfaceKind, list[dict[str, Any]]] = {
        "tools": [tool_wire(t) for t in tools],
        "grouped": [
            *pinned_wires,
            *(grouped_tool(g, [by_name[n] for n in g.operations], api_title) for g in groups),
        ],
        "discovery": [*pinned_wires, *discovery_tools(api_title, len(tools), [g.name for g in groups])],
    }
    clash = {t.name for t in pinned} & ({g.name for g in groups} | set(DISCOVERY_TOOLS))
    if clash:
        diags.warning("name-collision", f"pinned operation(s) {sorted(clash)} share a name with a surface tool")
    raw = candidates["tools"]
    candidates = {kind: [fit_input_schema(w, profile) for w in wires] for kind, wires in candidates.items()}
    fitted = any(a is not b for a, b in zip(raw, candidates["tools"], strict=True))
    if profile.strict_schemas:
        for wire in [w for wires in candidates.values() for w in wires]:
            for problem in strict_problems(wire["inputSchema"])[:1]:
                diags.warning("schema-not-strict", f"{wire['name']}: {problem}")
    sizes = {kind: measure(kind, wires) for kind, wires in candidates.items()}
    kind, reason = _choose(requested, sizes, profile, len(groups))
    chosen = sizes[kind]
    if not _fits(chosen, profile):
        diags.warning(
            "surface-over-budget",
            f"the {kind} surface has {chosen.tools} tools and ~{chosen.approx_tokens:,} tokens; the {profile.name} "
            f"profile allows {profile.tool_cap} tools and {profile.token_budget:,} tokens",
            hint="use --surface auto (or discovery), pin fewer operations, or select fewer operations",
        )
    return tools, SurfacePlan(
        kind=kind,
        requested=requested,  # type: ignore[arg-type]
        profile=profile.name,
        reason=reason,
        server_key=key,
        name_budget=budget,
        listed=tuple(candidates[kind]),
        groups=tuple(groups) if kind != "tools" else (),
        pinned=tuple(t.name for t in pinned) if kind != "tools" else (),
        sizes=tuple(sizes[k] for k in ("tools", "grouped", "discovery")),  # type: ignore[index]
        fitted=fitted,
    )


def _choose(
    requested: str, sizes: dict[SurfaceKind, SurfaceSize], profile: Profile, groups: int
) -> tuple[SurfaceKind, str]:
    def describe(size: SurfaceSize) -> str:
        return f"{size.tools} tools, ~{size.approx_tokens:,} tokens"

    limits = f"the {profile.name} profile's {profile.tool_cap} tools and {profile.token_budget:,} tokens"
    if requested != "auto":
        return requested, f"{requested} as asked ({describe(sizes[requested])})"  # type: ignore[return-value,index]
    if _fits(sizes["tools"], profile):
        return "tools", f"one tool per operation fits {limits} ({describe(sizes['tools'])})"
    if _fits(sizes["grouped"], profile) and groups > 1:  # one group is one long menu: search serves better
        return "grouped", (
            f"one tool per operation ({describe(sizes['tools'])}) is over {limits}; "
            f"one tool per group fits ({describe(sizes['grouped'])})"
        )
    if groups < 2:
        return "discovery", (
            f"one tool per operation ({describe(sizes['tools'])}) is over {limits}, and the operations make a "
            f"single group; search, describe and call tools fit ({describe(sizes['discovery'])})"
        )
    return "discovery", (
        f"one tool per operation ({describe(sizes['tools'])}) and per group ({describe(sizes['grouped'])}) are "
        f"over {limits}; search, describe and call tools fit ({describe(sizes['discovery'])})"
    )


def route_call(surface: SurfacePlan | None, tool: Tool, args: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The listed tool, and its arguments, that call operation `tool` with `args` on `surface`."""
    if surface is None or surface.kind == "tools" or tool.name in surface.pinned:
        return tool.name, args
    # a strict client's listed schema takes the arguments as JSON text
    arguments: Any = json.dumps(args) if PROFILES[surface.profile].strict_schemas else args
    if surface.kind == "grouped":
        group = next(g.name for g in surface.groups if tool.name in g.operations)
        return group, {"operation": tool.name, "arguments": arguments}
    caller = CALL_READ if tool.annotations.read_only else CALL
    return caller, {"name": tool.name, "arguments": arguments}


__all__ = ["PROFILES", "Profile", "plan_surface", "route_call", "server_key"]
