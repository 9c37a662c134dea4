"""openapi-core request validation that stays fast on descriptions with thousands of paths.

openapi-core finds a request's path by trying every path template of the description, each compiled by a parser
it caches in an LRU of 4,096 entries. Past that many templated paths (Microsoft Graph in full has over 6,000) every
lookup misses and every request recompiles every template: hundreds of milliseconds a request, most of the time
of a whole `mcpgen test` run.

`PathRouter` gives openapi-core, per request, the same description with only the paths that could match it: each
path key is compiled once into a loose pattern (literal text as written, a placeholder as any text) that matches
whatever openapi-core's own template would, so openapi-core sees the same candidates in the same order and reaches
the same verdict. The narrowed descriptions are cached by their set of paths, and skip openapi-spec-validator (the
whole description was validated once, when it was first loaded).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _loose(key: str) -> re.Pattern[str]:
    """A pattern that matches the end of every URL openapi-core's template for `key` matches (and maybe more)."""
    parts = _PLACEHOLDER.split(key)
    return re.compile(".*?".join(re.escape(p) for p in parts) + "$", re.S)


class PathRouter:
    """The description narrowed to the paths a URL could match, as an openapi-core `OpenAPI` object."""

    def __init__(self, document: dict[str, Any], build: Callable[[dict[str, Any]], Any]) -> None:
        self._document = document
        self._build = build
        paths = document.get("paths")
        self._keys = [(key, _loose(key)) for key in (paths if isinstance(paths, dict) else {})]
        self._cache: dict[tuple[str, ...], Any] = {}

    def for_url(self, url: str) -> Any:
        keys = tuple(key for key, pattern in self._keys if pattern.search(url))
        narrowed = self._cache.get(keys)
        if narrowed is None:
            paths = self._document["paths"]
            narrowed = self._build({**self._document, "paths": {key: paths[key] for key in keys}})
            self._cache[keys] = narrowed
        return narrowed


def parameters_validator(spec: Any, source_format: str) -> Any:
    """openapi-core's validator of a request's parameters alone (its body checked elsewhere)."""
    from openapi_core.validation.request import validators

    if source_format == "openapi-3.1":
        return validators.V31RequestParametersValidator(spec)
    return validators.V30RequestParametersValidator(spec)
