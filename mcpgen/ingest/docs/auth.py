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
_KEY_HEADER_TEXT = re.compile(
    r"\b(?:authenticat\w*|authori[sz]\w*|api[ -]?keys?|tokens?|credentials?)\b[^.\n]{0,60}?"
    r"`(?P<name>[A-Za-z][\w-]*)`\s+(?:request\s+|http\s+)?header",
    re.I,
)


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
    elif match := _KEY_HEADER_TEXT.search(text):  # "Authenticate with an `X-API-Key` header"
        name = match.group("name")
        schemes[f"{_scheme_id(name)}Header"] = {"type": "apiKey", "in": "header", "name": name}


def _scheme_id(name: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", name)
    return parts[0].lower() + "".join(p.title() for p in parts[1:]) if parts else "apiKey"
