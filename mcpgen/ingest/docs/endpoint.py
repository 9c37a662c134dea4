"""An endpoint as extraction assembles it from every section that describes it, and how several statements of
one parameter (a table, a sentence, an example) merge into one: the surest statement's origin counts, a
required flag once said stays, a path parameter the path template does not have is left out."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .blocks import Block, Section, Where
from .params import Param
from .requests import STANDARD_HEADERS
from .unplaced_path import unplaced_path_param

ORIGIN_RANK = {
    "table": 5,
    "schema section": 5,
    "definition list": 4,
    "declaration": 4,
    "list": 4,
    "header choices": 4,
    "field list": 4,
    "function signature": 4,
    "path template": 4,
    "request line": 3,
    "prose": 2,
    "example request": 1,
}
"""How sure a parameter's statement is: a table or field list says name, place and flag; an example shows use."""


def _listed(param: Param) -> bool:
    """A header a parameter table or an API reference's field list (httpdomain's `:reqheader Accept:`) names as
    the request's own (swift's `Accept` choosing the listing format,
    `Content-Type` of the object written), or a list offers a choice of its values (`Accept: text/event-stream`
    to stream): a documented parameter, though clients often set it themselves.
    Credentials stay out whatever states them, and so does `Host`: the authority of the URL the request is sent
    to, which the client writes from it (a table listing it documents the protocol, not a choice)."""
    if param.name.lower() in ("authorization", "host"):
        return False
    return param.origin in ("field list", "header choices") or ORIGIN_RANK.get(param.origin, 0) >= ORIGIN_RANK["table"]


@dataclass
class Endpoint:
    method: str
    path: str
    where: Where
    summary: str = ""
    description: str = ""
    params: dict[tuple[str, str], Param] = field(default_factory=dict)
    request_examples: list[Any] = field(default_factory=list)
    response_examples: list[Any] = field(default_factory=list)
    body_kind: str = ""
    owned: bool = False
    """Described by a section of its own (not only named in an overview)."""
    all_optional: bool = False
    """Its description says every parameter is optional ("All parameters to this endpoint are optional")."""
    primary: bool = False
    """Owned through a request line (not only a curl example)."""
    method_inferred: bool = False
    """Named only as a path: its method is read from its description, or GET (`mentions.path_lists`)."""
    body_ahead: bool = False
    """Its section ends saying the request body follows: the sections continuing it open with a body."""
    requests: int = 0
    """How many request lines and examples show it."""
    examples: int = 0
    """How many example requests (curl, raw HTTP) show it."""
    placeholders: Counter[str] = field(default_factory=Counter)
    """Per query parameter, how many of those show it with a placeholder value (`?digest=<digest>`)."""
    tags: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    """The sections that describe it, in reading order."""

    @property
    def has_body(self) -> bool:
        return bool(self.body_kind) or self.method in ("POST", "PUT", "PATCH")

    def add(self, param: Param) -> None:
        """One statement of a parameter, merged with what earlier statements said of it."""
        location = param.location
        if location == "header" and param.name.lower() in STANDARD_HEADERS and not _listed(param):
            return
        if location == "query" and any(k == (param.name, "path") for k in self.params):
            location = param.location = "path"  # listed under "parameters", but the path shows it
        key = (param.name.lower() if location == "header" else param.name, location)
        if location == "path":
            match = next((k for k in self.params if k[1] == "path" and k[0].lower() == param.name.lower()), None)
            if match is None and not re.search(r"\{" + re.escape(param.name) + r"\}", self.path, re.I):
                # a documented path parameter the path template does not have: a bodyless request's query one
                return self.add(moved) if (moved := unplaced_path_param(self.method, self.path, param)) else None
            key = match or key
        existing = self.params.get(key)
        if existing is None:
            self.params[key] = param
            return
        if existing.required is None or (param.required and existing.location == "path"):
            existing.required = param.required if existing.location != "path" else True
        existing.type = existing.type if existing.type and existing.type != "string" else param.type or existing.type
        existing.description = existing.description or param.description
        if ORIGIN_RANK.get(param.origin, 0) > ORIGIN_RANK.get(existing.origin, 0):  # the surest statement counts
            existing.origin = param.origin
            existing.location_guessed = existing.location_guessed and param.location_guessed
        existing.enum = existing.enum or param.enum
        existing.items_type = existing.items_type or param.items_type
        if existing.default is None:
            existing.default = param.default


@dataclass
class Extraction:
    title: str
    description: str
    servers: list[str]
    endpoints: list[Endpoint]
    auth: dict[str, dict[str, Any]]
    """Security schemes by name, as OpenAPI security scheme objects."""
    asides: list[Endpoint] = field(default_factory=list)
    """Requests shown only as examples inside other operations' sections: left out, and said so."""


def passage(endpoint: Endpoint, limit: int = 6000) -> str:
    """The text of the sections that describe `endpoint`, in reading order, up to `limit` characters."""
    parts = [
        text.strip()
        for section in endpoint.sections
        for text in (section.title, *(_block_text(b) for b in section.blocks))
        if text.strip()
    ]
    return "\n\n".join(parts)[:limit]


def _block_text(block: Block) -> str:
    if block.kind == "table":
        return "\n".join(" | ".join(row) for row in block.rows)
    if block.kind in ("list", "deflist"):
        return "\n".join(f"- {term}: {text}" if term.strip() else f"- {text}" for term, text in block.items)
    return block.text
