"""JSON Schema checks that a hostile value cannot stall, and the nesting limit.

Schemas are checked with jsonschema-rs (Draft 2020-12). Its `pattern` engine here is
the Rust `regex` crate, which matches in linear time: `^(a+)+$` against a long string
answers at once. Patterns that need backtracking (lookaround, backreferences) are not
in that engine; such a keyword is skipped, with a warning in the log, and the API itself
still checks the value. (fancy-regex, the default engine, bounds backtracking per match
attempt only: an unanchored lookbehind pattern took minutes on a 1 MB string.)
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterator
from typing import Any

import jsonschema_rs

logger = logging.getLogger(__package__)

DEFAULT_MAX_DEPTH = 64
MOST_MAX_DEPTH = 128
"""The MCP SDK reads messages up to about 195 levels, writes results up to about 250."""
MAX_MESSAGE = 500

PATTERNS = jsonschema_rs.RegexOptions(size_limit=10 * 2**20, dfa_size_limit=2 * 2**20)
_DATA_KEYWORDS = frozenset({"const", "enum", "default", "examples", "example"})


class SchemaError(Exception):
    """The schema cannot be compiled; the message says why."""


def _compile(schema: Any) -> Any:
    return jsonschema_rs.Draft202012Validator(
        schema,
        validate_formats=False,  # in 2020-12, `format` is an annotation
        offline=True,  # never fetch a remote `$ref`
        pattern_options=PATTERNS,
    )


def _usable(pattern: Any) -> bool:
    try:
        _compile({"pattern": pattern})
    except (ValueError, TypeError):
        return False
    return True


def _subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    """Every object in `schema` that is a schema (data keywords are not entered)."""
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            yield node
            stack.extend(v for k, v in node.items() if k not in _DATA_KEYWORDS)


def _without_bad_patterns(schema: Any, where: str) -> Any:
    schema = copy.deepcopy(schema)
    for node in _subschemas(schema):
        pattern = node.get("pattern")
        if isinstance(pattern, str) and not _usable(pattern):
            logger.warning(
                "%s: pattern %r is not checked (not a linear-time regex)",
                where,
                pattern,
            )
            del node["pattern"]
        keyed = node.get("patternProperties")
        if isinstance(keyed, dict):
            for key in [k for k in keyed if not _usable(k)]:
                logger.warning(
                    "%s: patternProperties %r is not checked (not a linear-time regex)",
                    where,
                    key,
                )
                del keyed[key]
    return schema


def compile_schema(schema: Any, where: str) -> Any:
    """A jsonschema-rs validator for `schema`; SchemaError when it cannot be built."""
    try:
        return _compile(schema)
    except (ValueError, TypeError):
        pass
    try:
        return _compile(_without_bad_patterns(schema, where))
    except (ValueError, TypeError) as exc:
        first = (
            str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        )
        raise SchemaError(_trim(first)) from exc


def first_problem(validator: Any, value: Any, most: int = 3) -> str | None:
    """`path/to/field: message` for each of the first `most` ways `value` breaks the
    schema (joined by `; `), or None: a caller fixing its arguments sees every field."""
    found = []
    for error in validator.iter_errors(value):
        where = "/".join(str(p) for p in error.instance_path)
        found.append((not where, f"{where or '(root)'}: {_trim(error.message)}"))
        if len(found) == 4 * most:
            break
    # a wrong field first, then what is missing at the root
    return (
        "; ".join(text for _, text in sorted(found, key=lambda f: f[0])[:most]) or None
    )


def _trim(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[:MAX_MESSAGE] + "..."


def too_deep(value: Any, limit: int) -> str | None:
    """Where objects and arrays in `value` first nest over `limit` levels (`value` is
    the first level): the top-level key, `(root)`, or None when they do not."""
    stack: list[tuple[Any, int, str]] = [(value, 1, "(root)")]
    while stack:
        node, depth, top = stack.pop()
        if depth > limit:
            return top
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, child in items:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1, str(key) if depth == 1 else top))
    return None


def depth_limit(raw: str | None) -> int:
    """The nesting limit from its environment variable: 1 to MOST_MAX_DEPTH."""
    try:
        limit = int(raw or DEFAULT_MAX_DEPTH)
    except ValueError:
        return DEFAULT_MAX_DEPTH
    return min(max(limit, 1), MOST_MAX_DEPTH)
