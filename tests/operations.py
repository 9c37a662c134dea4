"""What an extracted OpenAPI operation takes, as the docs tests compare it."""

from __future__ import annotations

from typing import Any


def params_of(operation: dict[str, Any]) -> dict[tuple[str, str], bool]:
    """(name, location) -> required, for the operation's parameters and its request body's top-level fields."""
    found = {(p["name"], p["in"]): bool(p.get("required")) for p in operation.get("parameters", [])}
    for media in operation.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        for name in schema.get("properties", {}):
            found[(name, "body")] = name in schema.get("required", [])
    return found
