"""Client profiles: what each MCP client can load, as the plan sizes a server's tool surface for it.

Every client prefixes tool names (Claude Code shows `mcp__<server key>__<tool>`) and rejects names over
64 characters; clients cap how many tools one request may carry and slow down or fail long before a
context window fills. A profile states those limits; `generic` is the strictest common ground.
"""

from __future__ import annotations

from dataclasses import dataclass

NAME_LIMIT = 64
"""Characters of a tool name as a client sends it to the model, prefix included."""
NAME_PREFIX = "mcp__{key}__"
"""The longest prefix a client puts before a tool name (Claude Code's)."""


@dataclass(frozen=True)
class Profile:
    name: str
    tool_cap: int
    """At most this many tools on one request."""
    token_budget: int
    """Tokens the whole `tools/list` may take in the model's context."""
    strict_schemas: bool = False
    """Input schemas must fit OpenAI's strict structured-output subset."""
    no_top_level_unions: bool = False
    """An input schema's root may not be `anyOf`/`oneOf`/`allOf` (Anthropic's tool input schemas)."""
    note: str = ""

    def name_budget(self, server_key: str) -> int:
        """Characters left for a tool's own name once the client's prefix is added."""
        return NAME_LIMIT - len(NAME_PREFIX.format(key=server_key))


PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile("generic", tool_cap=128, token_budget=20_000, no_top_level_unions=True,
                note="the common ground of the clients below"),
        Profile("claude-code", tool_cap=128, token_budget=25_000, no_top_level_unions=True,
                note="warns when MCP tools take over 25k tokens; Anthropic tool schemas have no root unions"),
        Profile("claude-desktop", tool_cap=128, token_budget=25_000, no_top_level_unions=True,
                note="as Claude Code"),
        Profile("vscode", tool_cap=128, token_budget=30_000, note="at most 128 tools per request"),
        Profile("cursor", tool_cap=40, token_budget=15_000, note="used to load only the first 40 tools, now 80"),
        Profile("openai", tool_cap=128, token_budget=30_000, strict_schemas=True,
                note="128 functions per request; strict function schemas"),
    )
}  # fmt: skip
"""By name; `--profile NAME` or `profile:` in mcpgen.yaml."""
