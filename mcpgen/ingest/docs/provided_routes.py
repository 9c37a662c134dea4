"""Routes a sentence says the API provides, listed in code without a method, in the sixty-second registry batch
(benchmarks/docs/registry_truth): "The service also provides `/api/health`, `/api/status`, and the `/api/items`
alias", "The local API now provides `/api/drafts/compose`, `/api/drafts/publish`, and read-only
`/api/drafts/status`", "Drafts also support `/api/drafts/update` and `/api/drafts/options`".

A sentence whose verb says the API has these routes ("provides", "offers", "exposes", "supports", "serves") and
whose object is nothing but a list of two or more absolute paths in code (joined by commas and "and", with a word
or two of qualification: "the", "read-only", "aliases") states each path as a route. The method is not written
(so the mention is inferred). A route named without one is read (GET), as a page of reads lists its paths; a list
of actions is the exception, and is read as a whole: where most of the paths it does not mark "read-only" end in
an action verb (`compose`, `publish`, `update`), the list names the API's actions, POSTed, and its other unmarked
members are actions of the same family; a path marked "read-only" is always a GET. The API's own description
(`/openapi.json`, `/docs`) is no operation. A sentence naming a method, or one whose paths do not share their first
segment (files on a disk), is left alone, and so is a path the section states already."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS, path_key, split_target

_VERB = re.compile(r"\b(?:provides?|offers?|exposes?|supports?|serves?)\b", re.I)
_CODED = re.compile(r"`(/[^`\s]+)`")
_GAP = re.compile(r"^\s*(?:,|\band\b|\bthe\b|\bread-only\b|\bread only\b|\balso\b|\bnow\b|\s)*$", re.I)
_TAIL = re.compile(r"\s*(?:the\s+)?(?:aliases|alias|routes?|endpoints?)\b", re.I)
_END = re.compile(r"\s*(?:[.;:,]|$|(?<=\s)(?:for|to|in|on|which|that)\b)")
_READ_ONLY = re.compile(r"\bread[- ]only\s*$", re.I)
_DOCS = re.compile(r"(?i)^(?:openapi|swagger|redoc|docs)(?:\.(?:json|ya?ml))?$")
_ACTIONS = frozenset(
    re.findall(
        r"\w+",
        "compose post publish update send create delete remove submit upload stop start restart cancel reset save set"
        " add edit run execute trigger prepare apply approve reject login logout sync import export",
    )
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z`])")


def _listed(sentence: str) -> list[tuple[str, bool]] | None:
    """(path, marked read-only) for each coded path of the list that follows the sentence's verb; None unless the
    verb's object is that list and nothing more."""
    verb = _VERB.search(sentence)
    if verb is None or re.search(rf"\b(?:{'|'.join(METHODS)})\b", sentence):
        return None
    rest = sentence[verb.end() :]
    found: list[tuple[str, bool]] = []
    at = 0
    for match in _CODED.finditer(rest):
        gap = rest[at : match.start()]
        if not _GAP.match(gap):
            break
        found.append((match[1], bool(_READ_ONLY.search(gap))))
        at = match.end()
    if len(found) < 2:
        return None
    tail = rest[at:]
    if not _END.match(tail) and not _TAIL.match(tail):
        return None
    found = [(p, ro) for p, ro in found if not _DOCS.match(p.rstrip("/").rsplit("/", 1)[-1])]
    if len(found) < 2 or len({p.split("/")[1] for p, _ in found}) != 1:
        return None
    return found


def provided_routes(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add a mention to its section's for each path a "provides `/a`, `/b` and `/c`" sentence lists."""
    for section, found in zip(doc.sections, mentions, strict=True):
        named = {path_key(m.target.path) for m in found}
        for block in (b for b in section.blocks if b.kind == "text"):
            for sentence in _SENTENCE.split(" ".join(block.text.split())):
                listed = _listed(sentence)
                if listed is None:
                    continue
                routes = listed
                unmarked = [p for p, ro in routes if not ro]
                acting = sum(p.rstrip("/").rsplit("/", 1)[-1].lower() in _ACTIONS for p in unmarked)
                posted = bool(unmarked) and acting * 2 >= len(unmarked) and acting > 0
                for path, read_only in routes:
                    if path_key(path) in named:
                        continue
                    method = "POST" if posted and not read_only else "GET"
                    found.append(Mention(method, split_target(path), block.where, "line", prose=True, inferred=True))
                    named.add(path_key(path))
