"""Sentences beside a section's routes that say which of them take which names, the names written in code:

    All print endpoints also accept optional `label_width_mm`, `label_height_mm`, `dpi` and `copies`.
    `/print/png` and `/print/pdf` additionally take `fit` - how the image scales to the label: ...
    Text and markdown use their own `fit` (`fill`/`width`).

The sentence opens with the routes it speaks of, in one of three ways a reader of a route table follows:

- "All [the] endpoints (routes, requests, operations)": every route of the section; with a word before the noun
  ("All print endpoints"), the routes with a path segment of that word. A word no route's path holds
  ("All authenticated endpoints") picks out routes the sentence does not say, and the sentence gives nothing.
- Coded paths (`` `/print/png` and `/print/pdf` ``): the routes whose paths are, or end with, one of them (a
  page that says "All routes are under the `/api` prefix" writes them from there).
- Words that each name one route by its last segment ("Text and markdown"): those routes; a word that names no
  route, or several, makes the sentence about something else.

Then a verb of taking ("accept", "take", "support", "use their own", with "also"/"additionally") and the coded
names right after it, joined by commas, "and", "or": what follows the run ("- how the image scales: `fit`
(contain), `fill` ...", "(`fill`/`width`)") is about those names (their values), not further names. "optional"
before the run makes them optional; otherwise nothing is said of whether they are needed. The location is the
request's: the body of a request that carries one, else the query.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, split_target

_NAME = r"`[a-z_][A-Za-z0-9_.-]*`"
_TAKES = re.compile(
    r"(?i:\s+(?:(?:also|additionally|each|both|all)\s+)*(?:accept|take|support|use)s?\s+(?:(?:their|its)\s+own\s+)?"
    r"(?:the\s+)?(?P<optional>optional\s+)?)"
    rf"(?P<names>{_NAME}(?:\s*,?\s*(?:,|\band\b|\bor\b)\s*{_NAME})*)"
    r"(?=\s*(?:$|[-.;:,(\u2013\u2014]|\s(?:to|for|as|in|on|which|that|parameters?|fields?|arguments?)\b))"
)
_ALL = re.compile(
    r"(?i)^all\s+(?:(?:of\s+)?the\s+)?(?P<words>(?:[\w-]+\s+){0,2}?)(?:endpoints|routes|requests|operations)$"
)
_CODED_PATHS = re.compile(r"^`/[^`\s]*`(?:\s*(?:,|\band\b|\bor\b)\s*`/[^`\s]*`)*$")
_WORDS = re.compile(r"(?i)^[a-z][\w-]*(?:\s*(?:,|\band\b|\bor\b)\s*[a-z][\w-]*)*$")
_SENTENCES = re.compile(r"(?<=[.!?;])\s+")


def taken_names(section: Section, endpoints: Iterable[Endpoint]) -> list[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each coded name the section's sentences say some of its routes take."""
    routes = list(endpoints)
    found: list[tuple[Endpoint, Param]] = []
    for block in (b for b in section.blocks if b.kind == "text"):
        for sentence in _SENTENCES.split(block.text.strip()):
            take = _TAKES.search(sentence)
            if take is None:
                continue
            chosen = _subject(sentence[: take.start()].strip(" *_"), routes)
            names = re.findall(r"`([^`]+)`", take["names"])
            required = False if take["optional"] else None
            found += [(e, Param(n, "", block.where, required, origin="prose")) for e in chosen for n in names]
    return found


def _subject(subject: str, routes: list[Endpoint]) -> list[Endpoint]:
    """The routes a sentence's opening `subject` names (see the module's docstring); none if it names none."""
    if (every := _ALL.match(subject)) is not None:
        words = every["words"].split()
        return [e for e in routes if all(w.lower() in _segments(e.path) for w in words)]
    if _CODED_PATHS.match(subject):
        paths = [path_key(split_target(p).path).rstrip("/") for p in re.findall(r"`(/[^`\s]*)`", subject)]
        return [e for e in routes if any(p and (path_key(e.path) + "/").endswith(p + "/") for p in paths)]
    if _WORDS.match(subject):
        words = [w.lower() for w in re.findall(r"[\w-]+", subject) if w.lower() not in ("and", "or")]
        named = [[e for e in routes if _segments(e.path)[-1:] == [w]] for w in words]
        if words and all(len(n) == 1 for n in named):
            return [n[0] for n in named]
    return []


def _segments(path: str) -> list[str]:
    """The literal segments of a path, lower-cased (placeholders left out)."""
    return [s.lower() for s in path.split("?", maxsplit=1)[0].strip("/").split("/") if s and not re.match(r"[{<:]", s)]
