"""Request headers a section names for the variants of one operation written as request lines back to back:

    ### Set reaction for Content Type
    `POST <host>/api/reactions/set/<kind>/single/<single UID>`
    `POST <host>/api/reactions/set/<kind>/collection/<collection UID>/<documentId>`

    To identify the author, you must provide **one** of the following headers:
    - `Authorization` - for a user of the service.
    - `X-Author-Id` - for anyone else; any identifier.

A heading per operation whose request is written as two or more request lines in one paragraph, and nothing else of
it (a single-item and a collection path, a path without and with a trailing id), states one operation in its
variants: what the section then says of the request's headers it says of every line. A header is named in code with
a header's shape (words joined by hyphens: `X-Author-Id`) either in running text or a list item as "`X-Author-Id`
header" ("if the call is done with the user ID via `X-Author-Id` header"), or as the code opening each item (before
a dash, an en dash or a colon) of a list under a label naming headers ("one of the following headers:"). None is
required unless the label says they must be given and does not make them alternatives ("one of", "either"). Standard
headers (`Authorization`, `Content-Type`) are left to the other rules, as is a header named as what the answer
returns; a section with one request line, or with request lines spread over several paragraphs (several operations),
gives nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Section
from .endpoint import Endpoint
from .header_objects import HEADER_NAME
from .params import Param, required_from
from .requests import STANDARD_HEADERS, path_key, request_lines, split_target

_HEADER = rf"(?P<name>{HEADER_NAME.pattern})"
_NAMED = re.compile(rf"`{_HEADER}`\s+(?:request\s+|http\s+)?header\b", re.I)
_ITEM = re.compile(rf"^\s*\**`{_HEADER}`\**\s*(?:[-\u2013\u2014:]|$)")
_HEADERS_LABEL = re.compile(r"(?i)\b(?:following|these|the)\s+(?:request\s+|http\s+)?headers\s*:\s*$")
_ALTERNATIVES = re.compile(r"(?i)\b(?:one|any|either)\b\W+(?:of\b|\w+\W+of\b)|\beither\b")
_RETURNED = re.compile(r"(?i)\b(?:returns?|responds?|response|repl(?:y|ies))\b[^.;]*$")


def _variant_lines(section: Section) -> list[tuple[str, str]] | None:
    """(METHOD, path key) of each line of the section's one paragraph of request lines, or None."""
    found = None
    for block in section.blocks:
        lines = [line for line in block.text.splitlines() if line.strip()] if block.kind == "text" else []
        requests = request_lines(block.text) if block.kind == "text" else []
        if not requests:
            continue
        if found is not None or len(requests) < 2 or len(requests) != len(lines):
            return None  # request lines in several paragraphs, one line, or lines of other text among them
        found = [(method, path_key(split_target(raw).path)) for _, method, raw in requests]
    return found


def _headers(block: Block, label: str) -> list[tuple[str, bool]]:
    """(name, required) for each header `block` names, `label` being the paragraph before it."""
    texts = [block.text] if block.kind == "text" else [text for _, text in block.items] if block.kind == "list" else []
    found = []
    for text in texts:
        found += [(m["name"], False) for m in _NAMED.finditer(text) if not _RETURNED.search(text[: m.start()])]
    if block.kind == "list" and _HEADERS_LABEL.search(label):
        need = bool(required_from(label)) and not _ALTERNATIVES.search(label)
        found += [(m["name"], need) for _, text in block.items if (m := _ITEM.match(text))]
    return [(name, need) for name, need in found if name.lower() not in STANDARD_HEADERS]


def variant_line_headers(section: Section, endpoints: list[Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """Each header the section names, for each endpoint of its paragraph of request lines (module docstring)."""
    lines = _variant_lines(section)
    if lines is None:
        return
    variants = [e for e in endpoints if (e.method, path_key(e.path)) in lines]
    if len(variants) < 2:
        return
    label = ""
    for block in section.blocks:
        for name, need in _headers(block, label):
            for endpoint in variants:
                yield endpoint, Param(name, "header", block.where, need, origin="prose")
        label = block.text.strip() if block.kind == "text" else ""
