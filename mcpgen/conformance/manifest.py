"""The requirements manifest: every check's id, where the requirement comes from, and what it proves."""

from __future__ import annotations

from dataclasses import dataclass

HANDSHAKE_REVISIONS = ("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25")
STATELESS_REVISION = "2026-07-28"


@dataclass(frozen=True)
class Requirement:
    id: str
    source: str
    behaviour: str


_LIFECYCLE = "MCP spec, basic/lifecycle"
REQUIREMENTS: dict[str, Requirement] = {
    r.id: r
    for r in [
        *(
            Requirement(
                f"lifecycle.initialize[{v}]", _LIFECYCLE, f"initialize with protocolVersion {v} is answered with {v}"
            )
            for v in HANDSHAKE_REVISIONS
        ),
        Requirement(
            "lifecycle.initialize-unknown-version",
            _LIFECYCLE,
            "initialize with an unknown protocolVersion is answered with a version the server supports",
        ),
        Requirement("lifecycle.server-info", _LIFECYCLE, "serverInfo carries a non-empty name and version"),
        Requirement(
            "lifecycle.capabilities",
            _LIFECYCLE,
            "the tools capability is advertised, and an advertised logging capability accepts logging/setLevel",
        ),
        Requirement(
            f"lifecycle.stateless[{STATELESS_REVISION}]",
            "MCP spec 2026-07-28, server/discover",
            "a client on the stateless revision discovers the server and lists its tools",
        ),
        Requirement("ping", "MCP spec, basic/utilities/ping", "ping is answered with an empty result {}"),
        Requirement(
            "tools.list.names", "MCP spec, server/tools", "tool names are unique and match ^[A-Za-z0-9_.-]{1,128}$"
        ),
        Requirement("tools.list.descriptions", "mcpgen", "every tool has a non-empty description"),
        Requirement(
            "tools.list.input-schemas",
            "MCP spec, server/tools",
            "every inputSchema is a valid JSON Schema 2020-12 with type object at the root",
        ),
        Requirement(
            "tools.list.output-schemas",
            "MCP spec, server/tools",
            "every outputSchema is a valid JSON Schema 2020-12 with type object at the root",
        ),
        Requirement(
            "tools.list.pagination",
            "MCP spec, server/utilities/pagination",
            "following nextCursor lists every tool once and ends; a bad cursor is an error",
        ),
        Requirement(
            "tools.call.valid",
            "mcpgen",
            "a call with valid generated arguments sends one request that the mock upstream finds valid for "
            "the tool's operation (an SDK-bound one: gets the emulator's answer or its error code as an error "
            "result), and structuredContent validates against outputSchema",
        ),
        Requirement(
            "tools.call.invalid-arguments",
            "MCP spec, server/tools (tool errors)",
            "arguments that break inputSchema give an isError result naming the field, not a protocol error",
        ),
        Requirement(
            "tools.call.unknown-tool",
            "MCP spec, server/tools (protocol errors)",
            "calling an unknown tool is a JSON-RPC error",
        ),
        Requirement(
            "tools.call.path-values",
            "mcpgen (RFC 3986 section 5.2.4, dot-segments)",
            "a path argument of `..`, `.`, `%2e%2e` or `../..` never sends a request outside the tool's path "
            "template: the call is answered, and any request it sends has no segment that decodes to a dot-segment",
        ),
        Requirement(
            "tools.call.upstream-4xx", "mcpgen", "an upstream 4xx answer gives an isError result; ping still works"
        ),
        Requirement(
            "tools.call.upstream-5xx", "mcpgen", "an upstream 5xx answer gives an isError result; ping still works"
        ),
        Requirement(
            "tools.call.upstream-malformed",
            "mcpgen",
            "malformed JSON from the upstream gives an isError result; ping still works",
        ),
        Requirement(
            "tools.call.upstream-timeout",
            "mcpgen",
            "an upstream that does not answer gives an isError result within the timeout; ping still works",
        ),
        Requirement(
            "transport.stdio.clean-stdout",
            "MCP spec, basic/transports (stdio)",
            "the server writes nothing to stdout that is not a JSON-RPC message",
        ),
        Requirement(
            "transport.http.foreign-host",
            "MCP spec, basic/transports (security warning)",
            "a request with a foreign Host header is refused (DNS-rebinding protection)",
        ),
        Requirement(
            "transport.http.foreign-origin",
            "MCP spec, basic/transports (security warning)",
            "a request with a foreign Origin header is refused",
        ),
        Requirement(
            "transport.concurrent-calls", "mcpgen", "several calls in flight at once are each answered, matched by id"
        ),
        Requirement(
            "transport.cancellation",
            "MCP spec, basic/utilities/cancellation",
            "cancelling a call in flight closes its upstream request",
        ),
    ]
}


def requirement(check_id: str) -> Requirement:
    return REQUIREMENTS[check_id.split("[", maxsplit=1)[0] if check_id not in REQUIREMENTS else check_id]
