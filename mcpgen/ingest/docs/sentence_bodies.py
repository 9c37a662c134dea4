"""Inline JSON bodies in a paragraph that names several requests, each given to the requests its sentence names, in
the sixty-second registry batch (benchmarks/docs/registry_truth):

    `POST /api/drafts` opens a draft. `POST /api/drafts/send` opens and sends it. Both accept
    `{"text":"caption","kind":"images"}`. `POST /api/drafts/act` accepts `{"sessionId":"…","action":"status"}`.

A sentence that codes a request line and an object after "accepts", "takes", "expects" or "send(s)" gives the object
to that request; one whose subject stands for requests named before it ("Both accept", "Each takes", "They
accept") gives it to those (the last two for "both", every request of the paragraph so far otherwise). Such a
paragraph is no one request's: its objects are not the body of whichever request owns the section.

A generic command of a command-line client that calls a route by its path with a method and a JSON body
(`tool api /v1/items --method POST --json '{"name":"x"}'`, as `gh api` does) shows that request's body the same way.
A sentence naming a single request keeps the reading of its section (`prose.py`); an object after "returns" or
"response" is what comes back, and is left."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .blocks import Document
from .requests import METHODS, parse_json, path_key, split_target

_LINE = re.compile(rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<target>/[^`\s]*)`")
_OBJECT = re.compile(r"`(?P<json>\{[^`]*\})`")
_TAKES = re.compile(r"\b(?:accepts?|takes?|expects?|sends?|posts?)\s*$", re.I)
_BOTH = re.compile(r"^\s*(?P<who>both|each|they|all)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z`])")
_OPTION = r"""--?\w[\w-]*(?:[ =](?:'[^']*'|"[^"]*"|[^\s'"-]\S*))?"""
_COMMAND = re.compile(rf"^\s*(?:\$\s*)?(?:\S+\s+)*?[\w.-]+\s+api\s+(?P<path>/\S*)(?P<rest>(?:\s+{_OPTION})*)", re.M)
"""`tool api /v1/items --method POST --json '{...}'`: a client's generic command calling a route by its path."""


def sentence_bodies(text: str) -> Iterator[tuple[tuple[str, str], Any, int]]:
    """((method, path key), object, where the object stands in `text`) for each object a sentence of a paragraph
    naming two requests or more gives to its requests."""
    if len({(m["method"], m["target"]) for m in _LINE.finditer(text)}) < 2:
        return
    named: list[tuple[str, str]] = []
    offset = 0
    for sentence in _SENTENCE.split(text):
        start = text.find(sentence, offset)
        offset = start + len(sentence)
        here = [(m["method"], path_key(split_target(m["target"]).path)) for m in _LINE.finditer(sentence)]
        for match in _OBJECT.finditer(sentence):
            if not _TAKES.search(sentence[: match.start()]):
                continue
            value = parse_json(match["json"])
            if not isinstance(value, dict) or not value:
                continue
            before = [key for key in here if sentence.find(f"`{key[0]}") < match.start()]
            who = _BOTH.match(sentence)
            targets = before or (
                (named[-2:] if who["who"].lower() == "both" else list(named)) if who and not here else []
            )
            for key in dict.fromkeys(targets):
                yield key, value, start + match.start()
        named.extend(here)


def claimed_objects(text: str) -> set[int]:
    """Where the objects `sentence_bodies` gives to named requests stand in `text`."""
    return {at for _, _, at in sentence_bodies(text)}


def command_bodies(text: str) -> Iterator[tuple[tuple[str, str], Any]]:
    """((method, path key), object) for each generic API command of a code block with a method and a JSON body."""
    joined = text.replace("\\\n", " ")
    for match in _COMMAND.finditer(joined):
        rest = match["rest"]
        method = re.search(r"(?:--method|-X)[ =]['\"]?(?P<m>[A-Za-z]+)", rest)
        body = re.search(r"(?:--json|--data|--body|-d)[ =](?:'(?P<a>[^']*)'|\"(?P<b>[^\"]*)\")", rest)
        if method is None or body is None or method["m"].upper() not in METHODS:
            continue
        value = parse_json(body["a"] if body["a"] is not None else body["b"])
        if isinstance(value, dict) and value:
            yield (method["m"].upper(), path_key(split_target(match["path"]).path)), value


def paragraph_bodies(doc: Document) -> Iterator[tuple[tuple[str, str], Any]]:
    """Every object the document's paragraphs and generic API commands give to a request they name."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "text":
                for key, value, _ in sentence_bodies(" ".join(block.text.split())):
                    yield key, value
            elif block.kind == "code":
                yield from command_bodies(block.text)
