"""Parameters a note of an endpoint's section names in a sentence, in a paragraph or a bullet of notes: a query
argument to add to the URL ("To get the actual position, add `?actual=1` to the query URI"), a variable the
request may pass ("Passing the variable `ignoreTimeout` as `1` for x/y movements will finish the request
immediately"), or a request parameter written as the pair a request carries ("When supplying the
`force_reinstall=True` request parameter, installed profiles are reinstalled"): the text before `=` names it, and
the noun after the code (request, query or URL parameter or argument) says it is one; the same pair called an
option or a setting (of a configuration file) is left alone. The pair is how a URL's query carries a value, so
such a parameter goes in the query unless the endpoint's examples send a body (then it is one of the body's
fields, as a form carries the same pair). None is required unless the sentence says so."""

from __future__ import annotations

import re

from .blocks import Block
from .params import Param, required_from
from .query_prose import coded_query_arguments

_PASSED = re.compile(
    r"(?i)\b(?:pass(?:es|ed|ing)?|send(?:s|ing)?|sent|set(?:s|ting)?|provid(?:e|es|ed|ing)|includ(?:e|es|ed|ing))"
    r"\s+(?:the|a|an)\s+(?:optional\s+)?(?:variable|parameter|param|argument)\s+`(?P<name>[A-Za-z_][\w.-]*)`"
)
_SUPPLIED_PAIR = re.compile(
    r"(?i)\b(?:suppl(?:y|ies|ied|ying)|pass(?:es|ed|ing)?|send(?:s|ing)?|sent|add(?:s|ed|ing)?|"
    r"giv(?:e|es|en|ing)|with)\s+(?:the|a|an)\s+(?:optional\s+)?`(?P<name>[A-Za-z_][\w.-]*)=[^`\s]*`\s+"
    r"(?:(?:request|query|url|http)\s+)?(?:parameter|param|argument)\b"
)
"""`supplying the `force_reinstall=True` request parameter`: the pair as sent, then the word for a parameter. Not
"use the `action=detailed` query parameter:", which introduces a request of its own with that query fixed
(`GET /schemas/{name}?action=detailed`), shown next."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _notes(block: Block) -> list[str]:
    """The sentences of a paragraph, or of a bullet list whose items are sentences (not `name: description`)."""
    if block.kind == "text":
        texts = [block.text]
    elif block.kind == "list":
        texts = [text for term, text in block.items if not term.strip()]
    else:
        return []
    return [s for text in texts for s in _SENTENCE_END.split(" ".join(text.split()))]


def noted_params(block: Block, sends_body: bool = False) -> list[Param]:
    """The query arguments and passed variables the sentences of `block` name, for the section's endpoint
    (`sends_body`: its examples send a body, where a `name=value` request parameter goes)."""
    found: list[Param] = []
    for sentence in _notes(block):
        if block.kind == "list":  # (a paragraph's query arguments are read with its other prose)
            for name, need in coded_query_arguments(sentence):
                found.append(Param(name, "query", block.where, need, origin="prose"))
        for match in _PASSED.finditer(sentence):
            need = bool(required_from(sentence))
            found.append(Param(match["name"], "", block.where, need, origin="prose"))
        for match in _SUPPLIED_PAIR.finditer(sentence):
            need = bool(required_from(sentence))
            found.append(Param(match["name"], "body" if sends_body else "query", block.where, need, origin="prose"))
    return found
