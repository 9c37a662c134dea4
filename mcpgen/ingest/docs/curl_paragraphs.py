"""curl commands written as paragraphs of their own, outside code.

A README may print its requests as bare paragraphs rather than in code blocks ("curl http://127.0.0.1:8888/account",
each under a one-line comment such as "#list the accounts"): the paragraph is the command and nothing else. It is
the same statement as that command in a code block, so it states its route as a code block's curl does; curl
commands after words on a line ("eg: curl -F f=@a.png http://host/upload") or in inline code inside a sentence
stay examples that only show a use of a route stated elsewhere (`example_paths.running_text_requests`)."""

from __future__ import annotations

import re

from . import example_paths as shown_paths
from .blocks import Block
from .mention import Mention
from .requests import parse_curl

_COMMAND = re.compile(
    r"curl\s+(?:-{1,2}[A-Za-z]|['\"]?https?://|['\"]?(?:localhost|\d{1,3}(?:\.\d{1,3}){3})[:/]"
    r"|['\"]?(?:\{\{\s*\w+\s*\}\}|\$\{\w+\}|\$[A-Z_]+)/)"
)
"""A paragraph opening with `curl` and then an option or the URL: a command, not a sentence about curl. The URL may
open with a page template's or shell's value for the server's own address (`curl {{url}}/raw/6`, `curl $HOST/x`),
as a page rendered by the service itself writes it."""


def curl_paragraph(text: str) -> bool:
    """Whether a paragraph is one curl command alone (its lines joined where they end in `\\`)."""
    stripped = re.sub(r"\\\r?\n", " ", text.strip())
    return "\n" not in stripped and _COMMAND.match(stripped) is not None


def text_curls(block: Block, named: str) -> list[Mention]:
    """The curl commands (and lone URLs) a paragraph shows: a paragraph that is one curl command states its route;
    the others are examples kept where they fit a stated route (`listed`). `named`: the method a label before the
    paragraph names."""
    if block.kind != "text":
        return []
    if curl_paragraph(block.text):
        return [Mention(r.method, r.target, block.where, "curl", r) for r in parse_curl(block.text.strip())]
    return [
        Mention(r.method, r.target, block.where, "curl", r, inferred=not named, listed=True)
        for r in shown_paths.running_text_requests(block.text, named)
    ]


__all__ = ["curl_paragraph", "text_curls"]
