"""The method a section's prose says its route takes, where the route is stated by its path alone (a label line
`接口: `/song/urls``, a bare path), so the method was only inferred:

- "该方法仅支持 post 请求" (this method only supports post requests), "类型: 仅支持 post" (type: post only),
  "This endpoint only supports `POST`": the route is that method's, not GET;
- "该接口可用 `post` 或 `get`" (this interface can be used with post or get), "can be called with `GET` or
  `POST`": one request of each method on the path, the POST sending in its body what the GET sends in its
  query.

Only a route whose method no line states is changed, and only by a sentence in the section that states it; the
method word is read in any case in Chinese (the sentence around it says it is a method), upper case in English.
"""

from __future__ import annotations

import re

from .blocks import Section
from .mention import Mention
from .requests import METHODS

_METHOD = "|".join(METHODS)
_ZH_METHOD = rf"[`*]*(?P<{{name}}>(?i:{_METHOD}))[`*]*"
_ZH_ONLY = re.compile(r"(?:仅|只)(?:支持|允许|接受|能用|可用)\s*" + _ZH_METHOD.format(name="method") + r"(?![A-Za-z])")
_ZH_EITHER = re.compile(
    r"(?:可用|可以用|可使用|可以使用|支持)\s*"
    + _ZH_METHOD.format(name="first")
    + r"\s*(?:或|或者|和|与|/|、)\s*"
    + _ZH_METHOD.format(name="second")
    + r"(?![A-Za-z])"
)
_EN_ONLY = re.compile(
    rf"\bonly\s+(?:supports?|accepts?|allows?)\s+(?:the\s+)?[`*]*(?P<method>{_METHOD})[`*]*(?:\s+(?:method|requests?))?"
    r"(?![\w`*]*\s*(?:,|or|and)\s)"
)
_EN_EITHER = re.compile(
    rf"\b(?:called|used|requested|accessed)\s+(?:with|using|via|by)\s+(?:either\s+)?[`*]*(?P<first>{_METHOD})[`*]*"
    rf"\s+or\s+[`*]*(?P<second>{_METHOD})\b"
)


def _texts(section: Section) -> list[str]:
    return [block.text for block in section.blocks if block.kind == "text"]


def only_method(section: Section) -> str:
    """The one method a section's prose says its route allows ("仅支持 post", "only supports `POST`"); "" if none."""
    for text in _texts(section):
        for match in [*_ZH_ONLY.finditer(text), *_EN_ONLY.finditer(text)]:
            return match["method"].upper()
    return ""


def usable_methods(section: Section) -> list[str]:
    """The methods a section's prose says its route can be used with ("可用 `post` 或 `get`"), in order."""
    found = [
        method
        for text in _texts(section)
        for match in [*_ZH_EITHER.finditer(text), *_EN_EITHER.finditer(text)]
        for method in (match["first"].upper(), match["second"].upper())
    ]
    return list(dict.fromkeys(found))


def said_methods(sections: list[Section], mentions: list[list[Mention]]) -> None:
    """Each section's routes stated by their path alone (their method inferred) given the one method its prose
    allows; the same path alone in another section ("通过 `/user/setCookie` 接口存储的", stored through that
    interface) refers to that route, no GET of its own. Where a section says its route can be used with two
    methods, the extractor gives the GET a POST twin with the same fields in its body (`usable_methods`)."""
    said: dict[str, str] = {}
    for section, found in zip(sections, mentions, strict=True):
        inferred = [m for m in found if m.inferred and m.kind == "line"]
        only = only_method(section) if inferred and not usable_methods(section) else ""
        for mention in inferred if only else ():
            mention.method = only
            said[mention.target.path] = only
    for found in mentions if said else ():
        found[:] = [
            m
            for m in found
            if not (m.inferred and m.kind == "line" and m.target.path in said and m.method != said[m.target.path])
        ]


__all__ = ["only_method", "said_methods", "usable_methods"]
