"""Security schemes a documentation page states: an `Authorization: Bearer` or `Basic` header, an API key sent
as a header or query parameter, or a sentence naming the header to authenticate with. Each becomes an OpenAPI
security scheme object, by name; the first statement of a scheme wins."""

from __future__ import annotations

import re
from typing import Any

from .params import Param

Schemes = dict[str, dict[str, Any]]

AUTH_PARAM = re.compile(
    r"^(?:api[_-]?key|apikey|access[_-]?token|auth[_-]?token|x-api-key|x-auth-token|token|key)$", re.I
)
"""A parameter that carries a credential: a security scheme, not an argument of the operation."""
_CREDENTIAL_WORDS = re.compile(
    r"(?:^|[-_.])(?:api|app|client|access|auth|service|session|secret|private|security)[-_]?"
    r"(?:key|token|code|secret)$|(?:^|[-_.])api[-_]?session[-_]?id$",
    re.I,
)
"""Credential names beyond the plain ones: `X-Mobsf-Api-Key`, `X-Service-Token`, `KODOSUMI_API_KEY`, `api_code`,
`vmware-api-session-id`. A key or token named for what it is about (`sort_key`, `next_token`, `X-Subject-Token`,
the token an operation revokes, `Idempotency-Key`) is an argument."""
_AUTH_HEADER = re.compile(r"(?:^|-)auth$", re.I)
"""A header named for authentication alone, its last word `auth` joined by a hyphen as HTTP header names are
(`X-Auth`, `hc-auth`, `X-Admin-Auth`): it carries the caller's token (`hc-auth: <YOUR AUTH TOKEN>`), as `X-Auth-Token`
does. Only a header: a query flag `no_auth` or a body field `auth` says how to act, it is no credential sent with the
call; and a snake_case `shop_auth` header row is a renderer's print of a security scheme's name, a scheme only where
the page's scheme table names it."""
_DATA_TYPE = re.compile(
    r"(?:string|integer|int\d*|number|float|double|boolean|bool|object|array|list|date\S*|uuid|file)\b", re.I
)
_SCHEME_TYPES = frozenset({"oauth2", "apikey", "http", "openidconnect", "basic", "bearer", "mutualtls"})
_KEY_HEADER_TEXT = re.compile(
    r"\b(?:authenticat\w*|authori[sz]\w*|api[ -]?keys?|tokens?|credentials?)\b[^.\n]{0,60}?"
    r"`(?P<name>[A-Za-z][\w-]*)`\s+(?:request\s+|http\s+)?header",
    re.I,
)
_IDENTITY = re.compile(r"(?i)authenticated\s+(?:user\s*name|username|user(?:\s*id)?|e-?mail|account|identity)\b")
""""the authenticated username with `X-Authenticated-User` header": the header names who was authenticated
(passed on by a trusted front end), it is no credential the caller authenticates with."""


def is_credential(name: str, location: str, schemes: frozenset[str] = frozenset()) -> bool:
    """A query or header parameter that authenticates the caller rather than says what to do: it belongs in a
    security scheme (the operator configures it), never in a tool's arguments. `schemes` are the security
    scheme names the document states: renderers print a requirement as a header parameter of that name."""
    if location not in ("query", "header"):
        return False
    if location == "header" and _AUTH_HEADER.search(name):
        return True
    return bool(AUTH_PARAM.match(name) or _CREDENTIAL_WORDS.search(name) or name in schemes)


_SEARCH_WORDS = re.compile(
    r"(?i)\b(?:key\s?words?|search(?:ed)?\s+(?:terms?|words?|text|string|query)|query\s+(?:text|string)|"
    r"(?:text|words?|term)\s+to\s+(?:search|look)\s+(?:for|up))\b|关键[词字]|搜索[词内]"
)
"""What a value to search with is called: a `key` described as "the keyword" (关键词) is the search's argument."""


def names_search(name: str, description: str) -> bool:
    """A parameter named as a bare `key` or `token` that its description calls the words to search for ("`key`:
    关键词", "key: search keyword"): an argument, though the name alone would be a credential's."""
    return name.lower() in ("key", "token") and bool(_SEARCH_WORDS.search(description))


def stated_scheme_names(rows: tuple[tuple[str, ...], ...]) -> set[str]:
    """Security scheme names in a table of them: under a header naming a type column, every row a name beside its
    scheme type (`petstore_auth | oauth2`, `MuseumPlaceholderAuth | http | basic`)."""
    if len(rows) < 2 or not any(re.match(r"type\b", cell.strip(), re.I) for cell in rows[0][1:3]):
        return set()
    names = set()
    for row in rows[1:]:
        # a printed table may run a cell into the next one or a row into the next heading ("http basic",
        # "MuseumPlaceholderAuth Tags"): the first word of the name cell and of the type cell
        name = (row[0].split() or [""])[0] if len(row) >= 2 else ""
        kind = (row[1].split() or [""])[0] if len(row) >= 2 else ""
        if _DATA_TYPE.match(kind):
            return set()  # a table of data types (`status | http` beside `retries | integer`) states no scheme
        if re.fullmatch(r"[A-Za-z_][\w.-]*", name) and kind.lower() in _SCHEME_TYPES:
            names.add(name)
    return names


def from_header(schemes: Schemes, name: str, value: str) -> None:
    """An example request's credential header (`Authorization: Bearer ...`, `X-Api-Key: ...`)."""
    lowered = value.lower()
    if name.lower() == "authorization" and lowered.startswith("bearer"):
        schemes.setdefault("bearerAuth", {"type": "http", "scheme": "bearer"})
    elif name.lower() == "authorization" and lowered.startswith("basic"):
        schemes.setdefault("basicAuth", {"type": "http", "scheme": "basic"})
    else:
        schemes.setdefault(f"{_scheme_id(name)}Header", {"type": "apiKey", "in": "header", "name": name})


def from_param(schemes: Schemes, param: Param) -> None:
    """A documented parameter that carries a credential (`api_key` in the query, `X-Auth-Token` header)."""
    schemes.setdefault(
        f"{_scheme_id(param.name)}{param.location.title()}",
        {"type": "apiKey", "in": param.location, "name": param.name},
    )


def from_text(schemes: Schemes, text: str) -> None:
    """The documents' words, when nothing else stated a scheme: "Authorization: Bearer", "basic auth",
    "authenticate with an `X-API-Key` header"."""
    if schemes:
        return
    if re.search(r"Authorization:\s*Bearer|\bBearer (?:token|<)", text):
        schemes["bearerAuth"] = {"type": "http", "scheme": "bearer"}
    elif re.search(r"Authorization:\s*Basic|\bbasic auth(?:entication)?\b", text, re.I):
        schemes["basicAuth"] = {"type": "http", "scheme": "basic"}
    elif match := next((m for m in _KEY_HEADER_TEXT.finditer(text) if not _names_identity(m)), None):
        name = match.group("name")  # "Authenticate with an `X-API-Key` header"
        schemes[f"{_scheme_id(name)}Header"] = {"type": "apiKey", "in": "header", "name": name}


def _names_identity(match: re.Match[str]) -> bool:
    """A header the sentence says carries the authenticated user's name or id, its name no credential's."""
    return bool(_IDENTITY.match(match[0])) and not is_credential(match["name"], "header")


def _scheme_id(name: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return parts[0].lower() + "".join(p.title() for p in parts[1:]) if parts else "apiKey"
