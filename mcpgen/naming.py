"""All naming in one place: tool names, argument names, Python identifiers, package and env names.

Every function here is deterministic: the same input gives the same name on every run and machine.
"""

from __future__ import annotations

import hashlib
import keyword
import re
from collections.abc import Iterable

TOOL_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ARG_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
DEFAULT_NAME_BUDGET = 48
"""Tool names stay under 64 characters with room for a client's `mcp__server__` prefix."""

_INVALID_TOOL_CHARS = re.compile(r"[^A-Za-z0-9_-]+")
_INVALID_ARG_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")
_CAMEL_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")


def _shorten(name: str, budget: int) -> str:
    """Cut a name to `budget` characters, keeping it unique with a short hash of the full name."""
    if len(name) <= budget:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:7]  # noqa: S324 - not for security
    return f"{name[: budget - 8].rstrip('_-')}_{digest}"


def tool_name_from_operation_id(operation_id: str, budget: int = DEFAULT_NAME_BUDGET) -> str:
    name = _INVALID_TOOL_CHARS.sub("_", operation_id).strip("_-")
    return _shorten(name or "operation", budget)


def tool_name_from_route(method: str, path: str, budget: int = DEFAULT_NAME_BUDGET) -> str:
    """`GET /pets/{petId}/photos` becomes `get_pets_by_petId_photos`."""
    parts = [method.lower()]
    for segment in path.split("?")[0].split("/"):
        if not segment:
            continue
        if segment.startswith("{") and segment.endswith("}"):
            parts.append("by_" + segment[1:-1])
        else:
            parts.append(segment)
    name = _INVALID_TOOL_CHARS.sub("_", "_".join(parts)).strip("_-")
    return _shorten(re.sub(r"_+", "_", name), budget)


def dedupe(names: Iterable[str], budget: int = 64) -> list[str]:
    """Make names unique in order: later duplicates get `_2`, `_3`... (case-insensitively)."""
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            suffix = f"_{n}"
            candidate = name[: budget - len(suffix)] + suffix
        seen.add(candidate.lower())
        result.append(candidate)
    return result


def arg_name(wire_name: str) -> str:
    """A portable JSON property name for a parameter (`$select` becomes `select`)."""
    name = _INVALID_ARG_CHARS.sub("_", wire_name).strip("_.-")
    return _shorten(name or "arg", 64)


def snake(name: str) -> str:
    name = _CAMEL_1.sub(r"\1_\2", name)
    name = _CAMEL_2.sub(r"\1_\2", name)
    return _NON_WORD.sub("_", name).strip("_").lower()


RESERVED_PY_NAMES = frozenset(
    {"annotations", "api", "args", "registry", "OMIT", "Styled", "Any", "ApiClient", "Request"}
)


def py_identifier(name: str) -> str:
    ident = snake(name) or "tool"
    if ident[0].isdigit():
        ident = "op_" + ident
    if keyword.iskeyword(ident) or keyword.issoftkeyword(ident) or ident in RESERVED_PY_NAMES:
        ident += "_"
    return ident


def slug(text: str, max_words: int = 4) -> str:
    """A lowercase, dash-separated slug: `Swagger Petstore - OpenAPI 3.0` becomes `swagger-petstore-openapi-3`."""
    words = [w for w in _NON_WORD.split(text.lower()) if w]
    return "-".join(words[:max_words]) or "api"


def env_prefix(dist_slug: str) -> str:
    prefix = _NON_WORD.sub("_", dist_slug).strip("_").upper() or "API"
    return "API_" + prefix if prefix[0].isdigit() else prefix
