"""Extraction quality: endpoints and parameters found in documentation, scored against a reference.

The reference is either the OpenAPI description a document was rendered from, or a hand-written list
(`endpoints: [{method, path, params: [{name, in, required}]}]`). Endpoints match on method and full path
(server path + operation path; parameter names and a trailing slash do not matter). A parameter is
recalled when the extraction has it at the same location with the same required flag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .requests import path_key

Params = dict[tuple[str, str], bool]
Endpoints = dict[tuple[str, str], Params]
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


@dataclass
class Score:
    document: str
    truth: int
    found: int
    matched: int
    params_truth: int
    params_matched: int
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    param_misses: list[str] = field(default_factory=list)
    params_found: int = 0
    """Parameters extracted on the endpoints that matched (the only ones a truth can judge)."""
    param_extras: list[str] = field(default_factory=list)
    """Those of `params_found` the truth does not state: inputs a generated tool would offer that the API lacks."""

    @property
    def recall(self) -> float:
        return self.matched / self.truth if self.truth else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def param_recall(self) -> float:
        return self.params_matched / self.params_truth if self.params_truth else 1.0

    @property
    def param_precision(self) -> float:
        return 1 - len(self.param_extras) / self.params_found if self.params_found else 1.0


def score(
    document: str, found: Endpoints, truth: Endpoints, aliases: dict[tuple[str, str], list[str]] | None = None
) -> Score:
    aliases = aliases or {}
    result = Score(document, len(truth), len(found), 0, 0, 0)
    matched_found = set()
    for key, params in sorted(truth.items()):
        candidates = [key, *((key[0], path_key(alt)) for alt in aliases.get(key, []))]
        hit = next((c for c in candidates if c in found), None)
        result.params_truth += len(params)
        if hit is None:
            result.missing.append(f"{key[0]} {key[1]}")
            continue
        result.matched += 1
        # one operation written with and without an optional segment (`/create/<uid:optional>`) is two operations
        # in OpenAPI, which has no optional path segment: each of its paths found is the operation, counted once
        matched_found.update(c for c in candidates if c in found)
        extracted = found[hit]
        for (name, location), required in sorted(params.items()):
            got = extracted.get((name, location))
            if got is None and location == "path":  # path parameter names may differ: match by position
                got = True if any(loc == "path" for _, loc in extracted) else None
            if got is required:
                result.params_matched += 1
            else:
                state = "missing" if got is None else f"required={got}"
                result.param_misses.append(
                    f"{key[0]} {key[1]} {location}:{name} ({state}, expected required={required})"
                )
        result.params_found += len(extracted)
        result.param_extras += [f"{key[0]} {key[1]} {where}" for where in _unstated(extracted, params)]
    result.extra = [f"{m} {p}" for m, p in sorted(set(found) - matched_found)]
    result.found -= max(0, len(matched_found) - result.matched)  # the second path of one operation is not a find
    return result


def _unstated(extracted: Params, truth: Params) -> list[str]:
    """Extracted parameters the truth does not state, as `location:name`; path parameters by count, since their
    names may differ (`{id}` and `{user_id}` are one placeholder)."""
    stated = {(_name(name, location), location) for name, location in truth}
    extra = [
        f"{location}:{name}"
        for name, location in sorted(extracted)
        if location != "path" and (_name(name, location), location) not in stated
    ]
    paths = sorted(name for name, location in extracted if location == "path")
    surplus = len(paths) - sum(1 for _, location in truth if location == "path")
    return extra + [f"path:{name}" for name in paths[len(paths) - surplus :]] if surplus > 0 else extra


def _name(name: str, location: str) -> str:
    base = name.split("[", 1)[0] if not name.startswith("[") else name
    return base.lower() if location == "header" else base


def from_truth_list(data: dict[str, Any] | list[Any]) -> tuple[Endpoints, dict[tuple[str, str], list[str]]]:
    """A hand-written truth file (`endpoints: [...]`, or the list alone): its paths are full paths, or paths
    relative to `base_url` when not under its path (then base path + path matches too)."""
    endpoints: Endpoints = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    entries = data if isinstance(data, list) else data.get("endpoints") or []
    # a list written relative to its base URL (paths not under the base's path) also matches the full path
    base = "" if isinstance(data, list) else _server_path(str(data.get("base_url") or ""))
    for entry in entries:
        path = str(entry["path"])
        key = (str(entry["method"]).upper(), path_key(path))
        endpoints[key] = {
            (_name(str(p["name"]), str(p["in"])), str(p["in"])): bool(p.get("required", False))
            for p in entry.get("params") or []
        }
        aliases[key] = [str(a) for a in entry.get("alt_paths") or []]
        for written in (path, *aliases[key]):  # each of its paths, alternatives too, may be read from the base
            if base and path_key(written) != path_key(base) and not path_key(written).startswith(path_key(base) + "/"):
                aliases[key].append(base + written)
    return endpoints, aliases


def from_openapi(doc: dict[str, Any], *, media_headers: bool = False) -> Endpoints:
    """Endpoints and parameters of an OpenAPI 2.0/3.x document (local `$ref`s resolved), by full path.
    Header parameters named Authorization, Content-Type or Accept are left out, as OpenAPI says to ignore
    them, unless `media_headers`: an extraction keeps the Content-Type or Accept a document lists as a
    request's parameter (mcpgen makes them tool arguments), and a hand-written truth may list them too."""
    return from_openapi_with_aliases(doc, media_headers=media_headers)[0]


def from_openapi_with_aliases(
    doc: dict[str, Any], *, media_headers: bool = False
) -> tuple[Endpoints, dict[tuple[str, str], list[str]]]:
    """As `from_openapi`, plus each operation's path without the base path: a document printed from a
    spec does not always show the base path (Swagger UI leaves it out), so either form matches."""
    ignored = ("authorization",) if media_headers else ("authorization", "content-type", "accept")
    if str(doc.get("swagger", "")).startswith("2"):
        base = str(doc.get("basePath") or "").rstrip("/")
    else:
        servers = doc.get("servers") or [{}]
        base = _server_path(str(servers[0].get("url") or ""))
    endpoints: Endpoints = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    keys = _credentials(doc)
    # Azure's `x-ms-paths` (and docs extraction) hold operations told apart by a fixed query: `/c?action=reset`
    tables = [*(doc.get("paths") or {}).items(), *((doc.get("x-ms-paths") or {}).items())]
    for path, raw_item in tables:
        item = _deref(doc, raw_item)
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters") or []
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            params: Params = {}
            merged = {}
            for raw in [*shared, *(operation.get("parameters") or [])]:
                param = _deref(doc, raw)
                if isinstance(param, dict) and "name" in param:
                    merged[(param["name"], param.get("in"))] = param
            for (name, location), param in merged.items():
                if location == "body":
                    params.update(_body_fields(doc, param.get("schema") or {}))
                elif location == "formData":
                    params[(_name(name, "body"), "body")] = bool(param.get("required", False))
                elif location in ("path", "query", "header", "cookie"):
                    if location == "header" and name.lower() in ignored:
                        continue
                    if (name.lower(), location) in keys:
                        continue  # the credential of the API's own key scheme, declared again on an operation
                    params[(_name(name, location), location)] = location == "path" or bool(param.get("required"))
            body = _deref(doc, operation.get("requestBody") or {})
            for media in (body.get("content") or {}).values():
                params.update(_body_fields(doc, (media or {}).get("schema") or {}))
                break
            endpoints[(method.upper(), path_key(base + path))] = params
            if base:
                aliases[(method.upper(), path_key(base + path))] = [path]
    return endpoints, aliases


def _credentials(doc: dict[str, Any]) -> set[tuple[str, str]]:
    """(name, location) of every API-key security scheme: a parameter of that name and place is the credential,
    which a generated server takes from its environment, not an argument (hand-written truth lists none either)."""
    schemes = doc.get("securityDefinitions") or (doc.get("components") or {}).get("securitySchemes") or {}
    keys = set()
    for raw in schemes.values():
        scheme = _deref(doc, raw)
        if isinstance(scheme, dict) and scheme.get("type") == "apiKey" and isinstance(scheme.get("name"), str):
            keys.add((scheme["name"].lower(), str(scheme.get("in"))))
    return keys


def _body_fields(doc: dict[str, Any], schema: Any) -> Params:
    schema = _deref(doc, schema)
    if not isinstance(schema, dict):
        return {}
    fields: Params = {}
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        fields.update(_body_fields(doc, part))
    for name, prop in (schema.get("properties") or {}).items():
        if (_deref(doc, prop) or {}).get("readOnly") is True:
            continue  # sent in answers only, never in a request: no renderer lists it as an input
        fields[(_name(name, "body"), "body")] = name in required
    return fields


def _deref(doc: dict[str, Any], value: Any, depth: int = 0) -> Any:
    while (
        isinstance(value, dict) and isinstance(value.get("$ref"), str) and value["$ref"].startswith("#/") and depth < 20
    ):
        target: Any = doc
        for part in value["$ref"][2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~")) if isinstance(target, dict) else None
        value, depth = target, depth + 1
    return value


def _server_path(url: str) -> str:
    match = re.match(r"^(?:[a-z]+:|\{\w+\}:)?//[^/]+(?P<path>/.*)?$", url) or re.match(r"^(?P<path>/.*)$", url)
    return (match.group("path") or "").rstrip("/") if match else ""
