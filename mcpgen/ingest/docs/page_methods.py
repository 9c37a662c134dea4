"""The methods a page says every one of its endpoints takes: "All endpoints can be called with `GET` or `POST`",
"Every route accepts GET and POST requests". A route the page then states by its path alone (`Endpoint:
`/merchant/:guid/payment``) takes each of them, not a GET inferred for want of a method."""

from __future__ import annotations

import re

from .blocks import Document
from .requests import METHODS

_METHOD = rf"`?(?:{'|'.join(METHODS)})`?"
_PAGE_WIDE = re.compile(
    r"(?i)\b(?:all|every|each)\s+(?:of\s+the\s+|the\s+)?(?:\w+\s+)?(?:endpoints?|routes?|api\s+(?:calls?|methods?)"
    r"|resources?|requests?)\b[^.;]{0,30}?\b(?:(?:can|may|must|should)\s+be\s+(?:called|requested|accessed|invoked|"
    r"made|sent|reached)\s+(?:with|using|via|by|through|over|as)|(?:accept|support|respond\s+to|allow|take)s?)\s+"
    r"(?:either\s+|both\s+|the\s+)?(?P<methods>" + _METHOD + r"(?:\s*(?:,|/|\bor\b|\band\b)\s*" + _METHOD + r")*)",
)


def page_wide_methods(doc: Document) -> list[str]:
    """The methods a sentence of `doc` says all its endpoints may be called with, in the order named; [] when no
    sentence says so."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "text":
                continue
            match = _PAGE_WIDE.search(block.text)
            if match is not None:
                named = re.findall(rf"\b(?:{'|'.join(METHODS)})\b", match["methods"])
                return list(dict.fromkeys(named))
    return []


_METHOD_WORD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")


def parameter_method(doc: Document) -> str:
    """The one method a page names, and names for what its requests carry ("one required POST parameter 'q'",
    "POST fields"): the method of the routes it lists without one; "" when it names another method too, or none
    so."""
    texts = [s.title for s in doc.sections] + [b.text for s in doc.sections for b in s.blocks]
    texts += [f"{t} {d}" for s in doc.sections for b in s.blocks for t, d in b.items]
    texts += [cell for s in doc.sections for b in s.blocks for row in b.rows for cell in row]
    named = {m for text in texts for m in _METHOD_WORD.findall(text)}
    if len(named) != 1:
        return ""
    (method,) = named
    # (not "POST data", which a route may return: "/post Returns POST data.")
    carried = re.compile(rf"\b{method}\s+(?:param(?:eter)?s?|fields?|arguments?)\b")
    return method if any(carried.search(text) for text in texts) else ""
