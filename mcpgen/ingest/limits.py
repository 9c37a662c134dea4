"""Resource limits of a build: what a hostile or broken description may cost, at most.

Every document read (the entry, each file a `$ref` reaches, each download) is checked here, in one
place, before anything else looks at it: its size (also after decompression), its nesting depth, what
YAML aliases expand to, and text that JSON cannot carry (lone surrogates, NaN and infinities). A limit
that is passed ends the build with an `error[limit-...]` diagnostic that names the document and, where
there is one, the JSON Pointer of the place.
"""

from __future__ import annotations

import math
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..diagnostics import Diagnostic, Diagnostics, Severity, pointer_join

LIMIT_CODES = {
    "max_document_bytes": "limit-document-size",
    "max_depth": "limit-depth",
    "max_refs": "limit-refs",
    "max_alias_expansion": "limit-alias-expansion",
    "max_download_bytes": "limit-download-size",
    "download_seconds": "limit-download-time",
}
"""The diagnostic code given when each limit is passed."""


class Limits(BaseModel):
    """Bounds on what one build may read and expand; `limits:` in mcpgen.yaml or `--limit NAME=VALUE`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_document_bytes: int = Field(default=256 * 2**20, ge=1)
    """Bytes of one document, after gzip decompression (Microsoft Graph's full description is 20 MB)."""
    max_depth: int = Field(default=128, ge=8, le=400)
    """Nesting of objects and arrays in a document, and of schemas (with their `$ref`s) in one tool.
    Real descriptions stay under 30."""
    max_refs: int = Field(default=2_000_000, ge=1)
    """`$ref` resolutions in one build (Microsoft Graph needs about 60,000)."""
    max_alias_expansion: int = Field(default=100_000, ge=0)
    """Objects and arrays that YAML aliases may add when expanded (a "billion laughs" adds 10^9)."""
    max_download_bytes: int = Field(default=32 * 2**20, ge=1)
    """Bytes of one remote document (`--allow-remote-refs`)."""
    download_seconds: float = Field(default=30.0, gt=0)
    """Seconds one whole remote download may take, however slowly the server trickles it."""


class LimitExceeded(Exception):
    """A limit was passed; carries the diagnostic that says which and where."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.message)
        self.diagnostic = diagnostic


def exceeded(limit: str, message: str, file: str = "", pointer: str = "") -> LimitExceeded:
    """The exception for `limit` (a field of `Limits`), with a hint that says how to raise it."""
    return LimitExceeded(
        Diagnostic(
            code=LIMIT_CODES[limit],
            severity=Severity.ERROR,
            message=message,
            file=file,
            pointer=pointer,
            hint=f"if the document is trusted, raise the limit: --limit {limit}=N (or limits.{limit} in mcpgen.yaml)",
        )
    )


_LONE_SURROGATE_ESCAPE = re.compile(r"\\(?:u[dD][89a-fA-F][0-9a-fA-F]{2}|U0000[dD][89a-fA-F][0-9a-fA-F]{2})")
_NON_FINITE_TEXT = re.compile(r"\b(?:NaN|-?Infinity)\b|\.(?:nan|NaN|NAN|inf|Inf|INF)\b")
_NON_FINITE_JSON = re.compile(r"[:\[,]\s*-?(?:NaN|Infinity)\b")
"""In JSON, the constants Python's parser accepts stand where a value does, never inside quotes: Graph's enum of
the strings "-INF", "INF" and "NaN" alone cost its build a walk of every node."""
_SURROGATE = re.compile("[\ud800-\udfff]")
_ANCHOR = re.compile(r"(?:^|[\s,\[{:-])&[^\s,\[\]{}]")


def check_document(document: Any, text: str, yaml: bool, limits: Limits, file: str, diags: Diagnostics) -> Any:
    """Checks a parsed document against `limits` (raising `LimitExceeded`) and returns it with text JSON
    cannot carry repaired: lone surrogates become U+FFFD, NaN and infinite numbers are removed (a
    warning names each place). `text` is what it was parsed from: cheap tests on it spare the walks
    that most documents do not need."""
    if not isinstance(document, dict | list):
        return document
    if yaml and _ANCHOR.search(text):
        _check_aliases(document, limits, file)
    _check_depth(document, limits.max_depth, file)
    surrogates = bool(_SURROGATE.search(text) or _LONE_SURROGATE_ESCAPE.search(text))
    non_finite = bool((_NON_FINITE_TEXT if yaml else _NON_FINITE_JSON).search(text))
    if surrogates or non_finite:
        document = _repair(document, file, diags, surrogates=surrogates, non_finite=non_finite)
    return document


def _children(node: Any) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [(str(k), v) for k, v in node.items() if isinstance(v, dict | list)]
    return [(str(i), v) for i, v in enumerate(node) if isinstance(v, dict | list)]


def _check_depth(root: Any, max_depth: int, file: str) -> None:
    """Iterative, so no depth can exhaust Python's stack; the place is found only when it fails."""
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > max_depth:
            raise exceeded(
                "max_depth",
                f"objects and arrays nest deeper than {max_depth} levels",
                file=file,
                pointer=_path_to(root, node),
            )
        values = node.values() if isinstance(node, dict) else node
        stack.extend((v, depth + 1) for v in values if isinstance(v, dict | list))


def _path_to(root: Any, target: Any) -> str:
    """The JSON Pointer of `target` (found by identity) inside `root`."""
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, pointer = stack.pop()
        if node is target:
            return pointer
        stack.extend((child, pointer + pointer_join(key)) for key, child in _children(node))
    return ""


def _check_aliases(root: Any, limits: Limits, file: str) -> None:
    """YAML aliases make parts of a document shared (even cyclic): count what expanding them would make."""
    expanded: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            expanded[key] = 1 + sum(expanded[id(c)] for _, c in _children(node))
            continue
        if key in expanded:
            continue
        if key in on_path:
            raise exceeded(
                "max_alias_expansion",
                "a YAML alias refers to a node that contains it: the document would expand forever",
                file=file,
                pointer=_path_to(root, node),
            )
        on_path.add(key)
        stack.append((node, True))
        for _, child in _children(node):
            if id(child) in on_path:
                raise exceeded(
                    "max_alias_expansion",
                    "a YAML alias refers to a node that contains it: the document would expand forever",
                    file=file,
                    pointer=_path_to(root, node),
                )
            if id(child) not in expanded:
                stack.append((child, False))
    added = expanded[id(root)] - len(expanded)
    if added > limits.max_alias_expansion:
        raise exceeded(
            "max_alias_expansion",
            f"YAML aliases expand the document by {added:,} objects and arrays "
            f"(more than {limits.max_alias_expansion:,})",
            file=file,
        )


def _repair(document: Any, file: str, diags: Diagnostics, *, surrogates: bool, non_finite: bool) -> Any:
    """Lone surrogates to U+FFFD; NaN and infinities removed. One warning per place, at most 20."""
    places: list[str] = []

    def fix_text(value: str, pointer: str) -> str:
        if surrogates and _SURROGATE.search(value):
            places.append(f"{pointer or '/'}: text with a lone UTF-16 surrogate (replaced by U+FFFD)")
            return _SURROGATE.sub("\ufffd", value)
        return value

    def bad_number(value: Any) -> bool:
        return non_finite and isinstance(value, float) and not math.isfinite(value)

    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            for key in list(node):
                value = node[key]
                text_key = fix_text(key, pointer) if isinstance(key, str) else key
                child = pointer + pointer_join(text_key)
                if bad_number(value):
                    places.append(f"{child}: {value} is not a JSON number (removed)")
                    del node[key]
                    continue
                if text_key != key:
                    del node[key]
                    node[text_key] = value
                if isinstance(value, str):
                    node[text_key] = fix_text(value, child)
                elif isinstance(value, dict | list):
                    stack.append((value, child))
        elif isinstance(node, list):
            kept = []
            for i, value in enumerate(node):
                child = f"{pointer}/{i}"
                if bad_number(value):
                    places.append(f"{child}: {value} is not a JSON number (removed)")
                    continue
                if isinstance(value, dict | list):
                    stack.append((value, child))
                kept.append(fix_text(value, child) if isinstance(value, str) else value)
            node[:] = kept
    for place in sorted(places)[:20]:
        where, _, what = place.partition(": ")
        diags.warning("text-invalid", what, file=file, pointer=where if where != "/" else "")
    if len(places) > 20:
        diags.warning("text-invalid", f"{len(places) - 20} more places like these", file=file)
    return document
