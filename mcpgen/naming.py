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
_PATH_PARAM = re.compile(r"\{[^{}]*\}")


def _shorten(name: str, budget: int) -> str:
    """Cut a name to `budget` characters, keeping it unique with a short hash of the full name."""
    if len(name) <= budget:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:7]
    return f"{name[: budget - 8].rstrip('_-')}_{digest}"


def tool_name_from_operation_id(operation_id: str, budget: int = DEFAULT_NAME_BUDGET) -> str:
    name = _INVALID_TOOL_CHARS.sub("_", operation_id).strip("_-")
    return _shorten(name or "operation", budget)


def tool_name_from_route(method: str, path: str, budget: int = DEFAULT_NAME_BUDGET) -> str:
    """`GET /pets/{petId}/photos` becomes `get_pets_by_petId_photos`."""
    parts = [method.lower()]
    for segment in path.split("?", maxsplit=1)[0].split("/"):
        if not segment:
            continue
        if segment.startswith("{") and segment.endswith("}"):
            parts.append("by_" + segment[1:-1])
        else:
            parts.append(segment)
    name = _INVALID_TOOL_CHARS.sub("_", "_".join(parts)).strip("_-")
    return _shorten(re.sub(r"_+", "_", name), budget)


def route_words(path: str) -> list[str]:
    """The literal words of a path key, parameters left out.

    `/api/vcenter/vm/{vm}/power?action=start` gives `['api', 'vcenter', 'vm', 'power', 'start']`.
    """
    route, _, query = path.partition("?")
    words = [_PATH_PARAM.sub("", segment) for segment in route.split("/")]
    words += [value for _, _, value in (pair.partition("=") for pair in query.split("&"))]
    return [w for w in (_NON_WORD.sub("_", w).strip("_") for w in words) if w]


def qualify(base: str, paths: list[str], budget: int = DEFAULT_NAME_BUDGET) -> list[str]:
    """Names for operations that share the name `base`, one per path key.

    Each gets the words of its path (`get` on `/api/vcenter/cluster/{cluster}` becomes
    `get_api_vcenter_cluster`). When that is too long, only the words that not all the others have
    (`listNamespacedEvent_apis_events_k8s_io_v1beta1`), and when that is still too long, the fewest
    words that tell the path apart: its last ones, after its first one if needed.
    """
    base_words = {snake(base), *snake(base).split("_")}
    words = [[w for w in route_words(p) if w.lower() not in base_words] for p in paths]
    common = set.intersection(*(set(w) for w in words)) if words else set()
    distinct = [[x for x in w if x not in common] for w in words]
    names = []
    for i, own in enumerate(words):
        name = next((n for n in (_joined(base, own), _joined(base, distinct[i])) if len(n) <= budget), "")
        if not name:
            others = distinct[:i] + distinct[i + 1 :]
            name = _joined(base, _fewest_words(distinct[i], others))
        names.append(tool_name_from_operation_id(name, budget))
    return names


def _joined(base: str, words: list[str]) -> str:
    return tool_name_from_operation_id("_".join([base, *words]), budget=1000)


def _fewest_words(own: list[str], others: list[list[str]]) -> list[str]:
    """The shortest end of `own` (alone, or after its first word) that no other word list shares."""
    for k in range(1, len(own) + 1):
        tail = own[-k:]
        if not any(o[-k:] == tail for o in others):
            return tail
        if k < len(own) - 1 and not any(o[:1] == own[:1] and o[-k:] == tail for o in others):
            return own[:1] + tail
    return own


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


_COMPARISONS = (("<=", "_le"), (">=", "_ge"), ("<", "_lt"), (">", "_gt"))


def arg_name(wire_name: str) -> str:
    """A portable JSON property name for a parameter.

    `$select` becomes `select`; Twilio's `StartTime<` and `StartTime>` become `StartTime_lt` and
    `StartTime_gt`, so they do not collide with each other and with `StartTime`.
    """
    for operator, word in _COMPARISONS:
        wire_name = wire_name.replace(operator, word)
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
