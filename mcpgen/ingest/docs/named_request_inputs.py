"""Inputs a sentence of prose gives the requests it names, where a document has no reference (release notes, a
changelog, a README's feature list) and states its API in sentences:

    - `POST /groups`, `/datasets` and `/datatypes` create the object with the `id` given in the request body.
      Sending both `link` and `h5path` in one request returns 400.
    - `GET /?summary=1` now reads a cache, and the `depth` parameter is ignored.

Three structures are read, each within one paragraph or list item:

- A run of requests: a request line in code (`` `POST /groups` ``) followed by further coded paths joined as an
  enumeration is (commas, "and", "or"), each a request of the same method, as a sentence writes "POST to each of
  these". For a method that carries a body (POST, PUT, PATCH), a coded name the item says the request carries
  ("`x` given / sent / passed / supplied in the request body", "`x` in the request body") or that a later
  sentence of the item sends ("Sending `a` and `b` in one request", "Passing `x` ...") is a body field of every
  request of the run. Nothing is said of whether it is required.
- One GET request named in an item (`` `GET /?summary=1` ``), and "the `x` parameter" in the same item: `x` is a
  query parameter of that request (a GET has no body; an item naming one request speaks of that request).
- "the `x` parameter on `METHOD /path`" (or "`x`-param support on ..."): the sentence ties the parameter to that
  request. It is a query parameter of a request without a body (GET, DELETE); for one with a body, only where
  the document writes `x` in a query string on that path (`GET /path?x=...`), a body field being called a
  parameter as often.

A parameter of the last two forms is needed where its sentence says it must be given ("You must supply the `x`
parameter"), else nothing is said; a name the document already states for the request elsewhere is read there.

Left alone: names the item says come back ("returns `x`", "a 429 with `x` in the body": a response, whose body
is not called the request's), coded names with no word that they are sent (`max_drift`, a setting the sentence
mentions), "the `x` parameter" in an item that names several requests or a request that is not a GET with no
"on `METHOD /path`" (which one it belongs to, or where it goes, is not said), and a route the document does not
state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, split_target

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_REQUEST = re.compile(rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`")
_RUN = re.compile(
    rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`(?P<more>(?:\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)"
    r"`/[^`\s]*`)+)?"
)
_CARRIED = re.compile(
    rf"(?i)`(?P<name>{_NAME})`\s+(?:(?:field|key|property|parameter)\s+)?"
    r"(?:(?:given|sent|passed|supplied|provided)\s+in\s+(?:the\s+|a\s+)?(?:request(?:'s)?\s+)?(?:body|payload)"
    r"|in\s+the\s+request(?:'s)?\s+(?:body|payload))\b"
)
_SENT = re.compile(
    rf"(?:^|(?<=[.;!?]\s))(?:Sending|Passing|Supplying|Providing)\s+(?:both\s+|either\s+)?"
    rf"(?P<names>`{_NAME}`(?:\s*(?:,|\band\b|\bor\b|, and|, or)\s*`{_NAME}`)*)"
    r"\s+(?:in|with|to)\s+(?:one|a|the|each|any)\s+(?:single\s+)?(?:request|call|body)\b"
)
_PARAMETER = re.compile(rf"\bthe\s+`(?P<name>{_NAME})`\s+(?:query\s+)?(?:parameter|param|argument)\b")
_ON = re.compile(
    rf"(?:\bthe\s+`(?P<name>{_NAME})`\s+(?:query\s+)?(?:parameter|param|argument)|`(?P<joined>{_NAME})`-param(?:eter)?"
    r"\s+support)\s+(?:on|of|for|to|in)\s+"
    rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`"
)
_BODIED = {"POST", "PUT", "PATCH"}
_MUST = re.compile(r"(?i)\b(?:must|required|requires|mandatory|needs?\s+to\s+(?:be\s+)?(?:give|suppl|pass|sen)\w*)\b")


def named_request_inputs(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(request, input) for each input a paragraph or list item of prose gives the requests it names (see the
    module)."""
    items = [
        (block, text)
        for section in sections
        for block in section.blocks
        for text in (
            [block.text] if block.kind == "text" else [t for _, t in block.items] if block.kind == "list" else []
        )
    ]
    queried = {
        (path_key(split_target(coded).path), name)
        for _, text in items
        for coded in re.findall(r"`(?:[A-Z]+\s+)?(/[^`\s]*\?[^`\s]*)`", text)
        for name, _, _ in split_target(coded).query
    }
    for block, text in items:
        found = list(_item_inputs(text, endpoints))
        for match in _ON.finditer(text):
            key = (match["method"], path_key(split_target(match["path"]).path))
            name = match["name"] or match["joined"]
            if (endpoint := endpoints.get(key)) is not None and (key[0] not in _BODIED or (key[1], name) in queried):
                found.append((endpoint, name, "query", _needed(text, match)))
        for endpoint, name, location, required in found:
            if (name, location) not in endpoint.params:  # what the document states elsewhere is read there
                yield endpoint, Param(name, location, block.where, required=required, origin="prose")


def _item_inputs(
    text: str, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, str, str, bool | None]]:
    runs = list(_RUN.finditer(text))
    for run in runs:
        paths = [run["path"], *re.findall(r"`(/[^`\s]*)`", run["more"] or "")]
        method = run["method"]
        if method not in _BODIED:
            continue
        requests = [e for p in paths if (e := endpoints.get((method, path_key(split_target(p).path)))) is not None]
        if not requests:
            continue
        after = text[run.start() :]
        names = [m["name"] for m in _CARRIED.finditer(after)]
        names += [n for m in _SENT.finditer(after) for n in re.findall(r"`(\w+)`", m["names"])]
        for endpoint in requests:
            for name in dict.fromkeys(names):
                yield endpoint, name, "body", None
    named = {(m["method"], path_key(split_target(m["path"]).path)) for m in _REQUEST.finditer(text)}
    if len(named) == 1 and (key := next(iter(named)))[0] == "GET" and (endpoint := endpoints.get(key)) is not None:
        for match in _PARAMETER.finditer(text):
            yield endpoint, match["name"], "query", _needed(text, match)


def _needed(text: str, match: re.Match[str]) -> bool | None:
    """True where the sentence of `match` says the parameter must be given ("You must supply the `x` parameter"),
    else None: the sentence does not say (a prose parameter is otherwise read as optional)."""
    start = max(text.rfind(". ", 0, match.start()), text.rfind("; ", 0, match.start())) + 1
    end = min((i for i in (text.find(". ", match.end()), text.find("; ", match.end())) if i >= 0), default=len(text))
    return True if _MUST.search(text[start:end]) else None


__all__ = ["named_request_inputs"]
