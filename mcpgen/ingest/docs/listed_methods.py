"""A path a sentence says is reached with the methods of the list right after it:

    REST API is available on "/" using:

    * GET method
    * POST method with `Content-Type`:
        * *application/json*
        * or *application/x-www-form-urlencoded*

The lead-in names one path (quoted or in code) and says the API is there to be reached ("available",
"accessible", "served", "exposed", "reachable") "using", "with", "via" or "through" what the colon opens; every
item of the list (two or more, nested items aside) opens with a method word and "method" or "request(s)". It is the
list form of "can be called with GET or POST" (`said_methods`): one resource, one set of fields, reached either
way. Where the page states the GET of that path (its request lines, its parameters), the POST the list names is
its twin that sends in its body what the GET sends in its query (a form or JSON body, as the item's content types
say), the reading `captioned_scripts.both_methods` gives "callable via GET+POST".

Not read: a list whose items are not all method items (a feature list mentioning "GET requests" once), a lead-in
naming no path or two, and a path whose GET the page does not state (the list alone gives no fields to send)."""

from __future__ import annotations

import re

from .blocks import Document, Section
from .endpoint import Endpoint
from .requests import METHODS, path_key

_PATH = r"(?P<q>[\"'`“])(?P<path>/[^\s\"'`“”]*)(?:[\"'`”])"
_LEAD_IN = re.compile(
    rf"(?i)\b(?:available|accessible|served|exposed|reachable)\b[^:]{{0,40}}?{_PATH}[^:]{{0,30}}?"
    r"\b(?:using|with|via|through)\s*:\s*$"
)
_ITEM = re.compile(rf"^[*_`]*(?P<method>{'|'.join(METHODS)})[*_`]*\s+(?:method|requests?)\b")


def listed_methods(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> list[tuple[Endpoint, Section]]:
    """The GET endpoints whose path a lead-in says is reached by a list of methods naming POST, with the section."""
    found: list[tuple[Endpoint, Section]] = []
    for section in doc.sections:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if before.kind != "text" or block.kind != "list":
                continue
            lead_in = _LEAD_IN.search(" ".join(before.text.split()))
            if lead_in is None or len(re.findall(_PATH, before.text)) != 1:
                continue
            top = [text for indent, text in block.items if not indent]
            matches = [_ITEM.match(text.strip()) for text in top]
            if len(top) < 2 or not all(matches):
                continue
            methods = {m["method"] for m in matches if m}
            endpoint = endpoints.get(("GET", path_key(lead_in["path"])))
            if "POST" in methods and endpoint is not None:
                found.append((endpoint, section))
    return found


__all__ = ["listed_methods"]
