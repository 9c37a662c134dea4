"""How the mock upstream tells which operation a request is for: the regular expression of a path template, the
order routes are tried in, and what else on the wire tells operations on one method and path apart (a fixed query, the
keys a path key's `#fragment` names, selector headers)."""

from __future__ import annotations

import re
import urllib.parse
from typing import Any

from ..ir import Tool


def path_regex(template: str, reserved: set[str]) -> re.Pattern[str]:
    pattern, rest = "", template.split("#", 1)[0]  # `/#X-Amz-Target=...`: the fragment is never sent
    while "{" in rest:
        before, _, rest = rest.partition("{")
        name, _, rest = rest.partition("}")
        pattern += re.escape(before) + ("(.+)" if name in reserved else "([^/]+)")
    return re.compile("^" + pattern + re.escape(rest) + "$")


class RouteIndex:
    """The routes a request could match, found without trying every one (Graph in full has 11,422): a template
    whose first segment is literal (`/users/{id}`) can only match a path with that first segment, since its
    pattern is anchored and compares raw text; templates whose first segment holds a placeholder are always tried.
    Candidates come in the order they were given."""

    def __init__(self, routes: list[tuple[str, str]]) -> None:
        self._buckets: dict[tuple[str, str | None], list[int]] = {}
        for number, (method, template) in enumerate(routes):
            first = template.split("#", 1)[0].split("/")
            key = first[1] if len(first) > 1 and first[0] == "" and "{" not in first[1] else None
            self._buckets.setdefault((method, key), []).append(number)

    def candidates(self, method: str, path: str) -> list[int]:
        parts = path.split("/", 2)
        named = self._buckets.get((method, parts[1]), []) if len(parts) > 1 and parts[0] == "" else []
        return sorted(named + self._buckets.get((method, None), []))


def route_order(tool: Tool) -> tuple[bool, int, int, int, int, int]:
    """Most specific first: concrete paths before templated ones (`/export/csv` before `/export/{format}`), as
    OpenAPI says; a placeholder that may hold `/` (Azure's `/{scope}/...`, `/{roleId}`) after all others; more
    literal text first (`/v1/{resource}:getIamPolicy` before `/v1/{name}`); then operations told apart by a
    fixed query (`?action=reset`) before the plain one on that path. Among routes whose placeholders may hold `/`,
    more literal text first: `/managers/{name}/records/{record}` before `/managers/{name}`, which would take
    `xx/records/x` for its name."""
    b = tool.binding
    path = b.path.partition("#")[0]
    reserved = {a.wire for a in b.args if a.allow_reserved and a.location == "path"}
    names = re.findall(r"\{([^{}]+)\}", path)
    literal = len(re.sub(r"\{[^{}]*\}", "", path))
    slashes = sum(n in reserved for n in names)
    return slashes > 0, 0 if slashes else len(names), -literal, slashes, len(names), -len(b.fixed_query)


def fragment_keys(tool: Tool, location: str = "query") -> set[str]:
    """The query parameters (or headers) a path key's fragment names (`/{Bucket}#cors`, `/{Bucket}#analytics&id`,
    `/{Bucket}/{Key}#x-amz-copy-source`): operations on one path told apart by which of them a request carries."""
    _, _, fragment = tool.binding.path.partition("#")
    named = {part.partition("=")[0] for part in fragment.split("&") if part}
    return named & {a.wire for a in tool.binding.args if a.location == location}


def decoded_path(path: str) -> str:
    """`path` with its percent-escapes decoded but for `/`, `?` and `#` (`arn%3Aaws` is the value `arn:aws`, as a
    server reads it): openapi-core checks path values as they arrive, and reads a decoded `?` as the query's start
    (hydramovies' server URL holds `/api-v2/%3Fsource=...`)."""
    parts = re.split("(%2F|%3F|%23)", path, flags=re.IGNORECASE)
    return "".join(part if i % 2 else urllib.parse.unquote(part) for i, part in enumerate(parts))


def selectors(tool: Tool) -> dict[str, str]:
    """Header values that tell operations on one method and path apart: fixed headers, and required header
    arguments allowed a single value (an RPC API's `X-Amz-Target: Service.Action`; an optional one, S3's
    `x-amz-request-payer: requester`, is left out of most requests)."""
    props = tool.input_schema.get("properties") or {}
    found = {name.lower(): value for name, value in tool.binding.fixed_headers}
    for arg in tool.binding.args:
        schema = props.get(arg.arg) if isinstance(props, dict) else None
        if arg.location != "header" or not arg.required or not isinstance(schema, dict):
            continue
        values = schema.get("enum") if isinstance(schema.get("enum"), list) else None
        if values is None and "const" in schema:
            values = [schema["const"]]
        if values is not None and len(values) == 1:
            found[arg.wire.lower()] = str(values[0])
    return found


def spread_objects(tool: Tool) -> set[str]:
    """Query parameters that are objects in form style, exploded (OpenAPI's default): sent as their own keys."""
    props = tool.input_schema.get("properties") or {}
    return {
        a.wire
        for a in tool.binding.args
        if a.location == "query"
        and a.style is None
        and a.explode in (None, True)
        and isinstance(props.get(a.arg), dict)
        and props[a.arg].get("type") == "object"
    }


def negotiated(header: str, value: str) -> bool:
    """Whether a header is the HTTP client's own content negotiation, not an argument: a list of codings in
    `Accept-Encoding` (`gzip, deflate`, what httpx sends unasked). A description that declares the header with an
    enum of single codings (InfluxDB: `gzip | identity`) is still checked when the server sends one."""
    return header.lower() == "accept-encoding" and "," in value


def empty_form(tool: Tool, content_type: str) -> bool:
    """Whether an empty body is a whole form: sent as a form, and the form requires no field (Truora's
    `CreateContinuousCheckInput`, a required body of optional fields, called with none)."""
    return (
        tool.binding.body_encoding == "form"
        and content_type.split(";", maxsplit=1)[0].strip().lower() == "application/x-www-form-urlencoded"
        and not any(a.required for a in tool.binding.at("body_field"))
    )


def query_args(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """A request's query as openapi-core reads it: a name given once is its value, a name repeated a list."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        out.setdefault(key, []).append(value)
    return {k: v if len(v) > 1 else v[0] for k, v in out.items()}
