"""Routes listed as bare file names, each with its method after a method label, in numbered paragraphs or items:

    1.schedulelist.json: 爬虫调用情况 请求方式-GET        (call statistics, request method - GET)
    2.filter.json: 按时间范围筛选运行记录 请求方式-POST    (filter the run records, request method - POST)
    3. jobs.xml: the jobs of a project. Method: GET

Servers that answer `name.json` at their root (scrapyd-style APIs, CGI and PHP scripts) are often documented by the
file name alone: the name, a colon, what it does, and the method after a label (请求方式, 请求方法, "Method",
"Request method") and a dash or colon. The label says the line is a request's, so the name is the request's path:
`/schedulelist.json` (no prefix is written, so the server root).

Read only where the structure is plain: the paragraph or item opens (after its number) with one name that ends in
a file extension a server answers with (`.json`, `.xml`, `.html`, `.php`, ...), then a colon; it names exactly one
method after a method label; and the document lists two such names at least (its way of listing, not a one-off). A
name without an extension is a word (a feature, a setting), not a file the server serves; a name the document
states as a path already is left to what states it.
"""

from __future__ import annotations

import re

from .blocks import Document
from .chinese_labels import CJK_METHOD_LABEL
from .mention import Mention
from .requests import METHODS, path_key, split_target

_NAMED = re.compile(
    r"^(?:\d+\s*[.、)]\s*)?[`*]*(?P<name>[A-Za-z_][\w-]*(?:/[\w-]+)*\.(?:json|xml|html?|txt|csv|ya?ml|php|aspx?|jsp|cgi))"
    r"[`*]*\s*[:\uff1a]\s*(?P<rest>\S.*)$",
    re.S,
)
"""A paragraph opening with a bare file name and a colon: `1.schedulelist.json: ...`."""
_SAID_METHOD = re.compile(
    rf"(?:{CJK_METHOD_LABEL}|\b(?i:(?:request\s+|http\s+)?method))\s*[-:\uff1a=]\s*[`*]*(?P<method>(?i:{'|'.join(METHODS)}))"
    r"(?![A-Za-z])"
)
"""A method after its label and a dash or colon: `请求方式-GET`, `Method: post`."""
_LEAST = 2


def labelled_files(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add, to the section that lists it, a request of its labelled method on `/name` for each bare file name
    listed so (see the module), when the document lists two at least."""
    named = {path_key(m.target.path) for found in mentions for m in found}
    listed = []
    for section, found in zip(doc.sections, mentions, strict=True):
        for block in section.blocks:
            texts = [block.text] if block.kind == "text" else [f"{t} {d}".strip() for t, d in block.items]
            for text in texts if block.kind in ("text", "list") else ():
                match = _NAMED.match(" ".join(text.split()))
                methods = {m["method"].upper() for m in _SAID_METHOD.finditer(match["rest"])} if match else set()
                if len(methods) == 1:
                    listed.append((found, methods.pop(), "/" + match["name"], block))  # type: ignore[index]
    if len(listed) < _LEAST:
        return
    for found, method, path, block in listed:
        target = split_target(path)
        if path_key(target.path) not in named:
            found.append(Mention(method, target, block.where, "line"))


__all__ = ["labelled_files"]
