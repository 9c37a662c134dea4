"""Resources named in headings with their path in parentheses, `groups (/api/groups/)`, and their sub-routes
as bullets of the same form, `- metadata (/api/builds/<id>/metadata/)`.

A page of such headings (two at least: the page's style, not a one-off aside) lists its resources by name and
path and states no method for them: a reader takes each as a route to read, GET, unless the bullet's own words
say which requests it takes ("This endpoint expects POST request with single field email", "This API accepts
both GET and POST requests"). A sentence of the resource's section pairing writes with methods, "can also be
created, modified and deleted ... with POST, PUT and DELETE ... respectively", adds POST on the heading's
collection path and PUT and DELETE on one of its members (`_writes`).
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .requests import METHODS, split_target

_METHOD = "|".join(m.upper() for m in METHODS)
_NAMED_PATH = re.compile(r"^[`*]*(?P<name>[A-Za-z][\w.-]*)[`*]*\s*\(\s*`?(?P<path>/[^\s()`]*)`?\s*\)")
"""A name, then its path in parentheses: `builds (/api/builds/)`."""
_HEADED_PATH = re.compile(
    r"^[`*]*(?P<name>[A-Za-z][\w.-]*(?:\s+[a-z][\w.-]*){0,2})[`*]*\s*\(\s*`?(?P<path>/[^\s()`]*)`?\s*\)"
)
"""In a heading, a name of a few words may be the resource's (a page's caption): `Job detail (`/jobs/{id}`)`."""
_TAKES = re.compile(
    rf"\b(?:accepts?|expects?|takes?|supports?)\s+(?:both\s+|only\s+|an?\s+)?"
    rf"(?P<run>(?:{_METHOD})(?:\s*(?:,|and|or)\s*(?:{_METHOD}))*)\s+requests?\b"
)
"""What requests a route takes, in its own words: "accepts both GET and POST requests"."""
_RESPECTIVELY = re.compile(
    r"\bcan\s+(?:also\s+)?be\s+(?P<verbs>(?:created|modified|updated|deleted|removed)"
    r"(?:\s*(?:,|and)\s*(?:created|modified|updated|deleted|removed))*)\b[^.]*?\b(?:with|using|via)\s+"
    rf"(?P<methods>(?:{_METHOD})(?:\s*(?:,|and)\s*(?:{_METHOD}))*)\b[^.]*?\brespectively\b"
)
"""Writes a resource takes, each verb paired with its method: "can also be created, modified and deleted using
REST API with POST, PUT and DELETE HTTP requests respectively"."""
_ON_ITEM = ("modified", "updated", "deleted", "removed")


def _methods(text: str) -> list[str]:
    """The methods a bullet's words after its path say it takes (`_TAKES`), else GET."""
    said = _TAKES.search(text)
    if not said:
        return ["GET"]
    return list(dict.fromkeys(re.findall(_METHOD, said["run"])))


def _writes(text: str, collection: str, below: list[str]) -> list[tuple[str, str]]:
    """(method, path) for each verb of a "created, modified and deleted ... respectively" sentence: creating
    goes to the collection, modifying and deleting to one of its members, the collection's path and the
    placeholder its sub-routes put after it (`/api/builds/<id>/metadata/`), else `{id}`."""
    said = _RESPECTIVELY.search(text)
    if not said:
        return []
    verbs = [v for v in re.findall(r"[a-z]+", said["verbs"]) if v != "and"]
    methods = re.findall(_METHOD, said["methods"])
    if len(verbs) != len(methods):
        return []
    stem = collection.rstrip("/")
    shown = [m.group(1) for p in below if (m := re.match(re.escape(stem) + r"/(<[^/>]+>|\{[^/}]+\})/", p))]
    member = f"{stem}/{shown[0] if shown else '{id}'}/"
    return [(method, member if verb in _ON_ITEM else collection) for verb, method in zip(verbs, methods, strict=True)]


def parenthesized_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add the routes of a page whose headings are `name (/path/)` (see the module docstring) to `mentions`."""
    headed = [_HEADED_PATH.fullmatch(s.title.strip()) for s in doc.sections]
    if sum(1 for h in headed if h) < 2:
        return
    for section, heading, found in zip(doc.sections, headed, mentions, strict=True):
        if not heading:
            continue
        have = {endpoint_key(m) for m in found}
        routes: list[tuple[str, str]] = [("GET", heading["path"])]
        section_items = [
            item["path"]
            for block in section.blocks
            if block.kind == "list"
            for _, text in block.items
            if (item := _NAMED_PATH.match(text.strip()))
        ]
        for block in section.blocks:
            if block.kind == "list":
                for _, text in block.items:
                    item = _NAMED_PATH.match(text.strip())
                    if item:
                        routes.extend((m, item["path"]) for m in _methods(text.strip()[item.end() :]))
            elif block.kind == "text":
                routes.extend(_writes(block.text, heading["path"], section_items))
        for method, path in routes:
            mention = Mention(method, split_target(path), section.where, "line", inferred=True)
            if endpoint_key(mention) not in have:
                have.add(endpoint_key(mention))
                found.append(mention)
