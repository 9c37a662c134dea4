"""Tool arguments generated with hypothesis from a tool's input schema (deterministic per seed).

hypothesis-jsonschema no longer runs with current hypothesis releases, so this module maps the JSON
Schema subset that generated tools use onto hypothesis strategies, and keeps only drawn values that the
schema's own validator accepts: the strategy may be approximate, the arguments never are invalid.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ..samples import Unsatisfiable, sample
from .validate import Checker

BASE64_SAMPLE = "aGVsbG8="
_FORMATS = {
    "date-time": ["2024-01-02T03:04:05Z", "1999-12-31T23:59:59+01:00"],
    "date": ["2024-01-02", "1970-01-01"],
    "uuid": ["123e4567-e89b-42d3-a456-426614174000", "00000000-0000-4000-8000-000000000000"],
    "email": ["user@example.com", "a.b@example.org"],
    "uri": ["https://example.com/x", "https://example.org/a?b=c"],
}


def _strategy(schema: Any, root: dict[str, Any], depth: int) -> Any:
    from hypothesis import strategies as st

    if schema is True or schema == {}:
        return st.one_of(st.text(max_size=8), st.integers(-5, 5), st.booleans())
    if not isinstance(schema, dict) or depth > 6:
        raise Unsatisfiable("too deep or not a schema")
    if "$ref" in schema:
        target = root.get("$defs", {}).get(str(schema["$ref"]).removeprefix("#/$defs/"))
        if target is None:
            raise Unsatisfiable(f"unresolved {schema['$ref']}")
        return _strategy(target, root, depth + 1)
    if "const" in schema:
        return st.just(schema["const"])
    if schema.get("enum"):
        return st.sampled_from(schema["enum"])
    if schema.get("contentEncoding") == "base64":
        return st.just(BASE64_SAMPLE)
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            base = {k: v for k, v in schema.items() if k != key}
            options = [_strategy({**base, **_resolved(s, root)}, root, depth + 1) for s in schema[key]]
            return st.one_of(*options)
    if schema.get("allOf"):
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for raw in schema["allOf"]:
            part = _resolved(raw, root)
            props = {**merged.get("properties", {}), **part.get("properties", {})}
            required = [*merged.get("required", []), *part.get("required", [])]
            merged = {**merged, **part, "properties": props, "required": list(dict.fromkeys(required))}
        return _strategy(merged, root, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of(*[_strategy({**schema, "type": k}, root, depth) for k in kind])
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    return _typed(kind, schema, root, depth)


def _typed(kind: str, schema: dict[str, Any], root: dict[str, Any], depth: int) -> Any:
    from hypothesis import strategies as st

    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", -1000))
        high = schema.get("maximum", schema.get("exclusiveMaximum", 1000))
        if kind == "integer":
            return st.integers(int(low), int(high))
        return st.floats(float(low), float(high), allow_nan=False, allow_infinity=False)
    if kind == "string":
        if schema.get("format") in _FORMATS:
            return st.sampled_from(_FORMATS[schema["format"]])
        if "pattern" in schema:
            # JSON Schema patterns are ECMA-262: `\w` and `\d` are ASCII, as the servers' validator reads them
            return st.from_regex(re.compile(schema["pattern"], re.ASCII), fullmatch=True)
        alphabet = st.characters(codec="ascii", categories=("L", "N"))
        low = int(schema.get("minLength", 0))
        return st.text(alphabet, min_size=low, max_size=max(low, min(int(schema.get("maxLength", 12)), 12)))
    if kind == "array":
        items = _strategy(schema.get("items", {}), root, depth + 1)
        low = int(schema.get("minItems", 0))
        return st.lists(items, min_size=low, max_size=max(low, min(int(schema.get("maxItems", 3)), 3)))
    if kind == "object":
        props = schema.get("properties", {})
        required = [r for r in schema.get("required", []) if r in props]
        optional = {k: _strategy(v, root, depth + 1) for k, v in props.items() if k not in required and depth < 3}
        fixed = {k: _strategy(props[k], root, depth + 1) for k in required}
        return st.fixed_dictionaries(fixed, optional=optional)
    raise Unsatisfiable(f"type {kind}")


def _resolved(schema: Any, root: dict[str, Any]) -> dict[str, Any]:
    for _ in range(8):
        if isinstance(schema, dict) and "$ref" in schema:
            schema = root.get("$defs", {}).get(str(schema["$ref"]).removeprefix("#/$defs/"), {})
    return schema if isinstance(schema, dict) else {}


def examples(schema: dict[str, Any], count: int, seed: int = 0, tries: int = 10) -> list[dict[str, Any]]:
    """Up to `count` distinct argument objects valid for `schema`, from up to `tries` draws per object wanted;
    the minimal sample comes first."""
    validator = Checker(schema)
    found: list[dict[str, Any]] = []
    try:
        first = sample(schema)
        if validator.is_valid(first):
            found.append(first)
    except Unsatisfiable:
        pass
    if count <= len(found):
        return found[:count]
    try:
        strategy = _strategy(schema, schema, 0)
    except Unsatisfiable:
        return found
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    @hypothesis_seed(seed)
    @settings(
        max_examples=count * tries,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: Any) -> None:
        if len(found) < count and isinstance(value, dict) and value not in found and validator.is_valid(value):
            found.append(value)
        if len(found) >= count:
            raise _Enough  # the draws still to come would all be thrown away

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            collect()
        except _Enough:
            pass
        except Exception:  # a strategy hypothesis cannot run (an odd regex): keep what we have
            return found
    return found[:count]


class _Enough(Exception):
    """Stops the draws once `count` objects are found (hypothesis runs every example it is allowed otherwise)."""
