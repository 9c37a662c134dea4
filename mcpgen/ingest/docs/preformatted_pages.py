"""An HTML page written as a plain-text file, its body styled to keep the text as typed:

    <style> body { white-space: pre; font-family: monospace; } </style>
    <body>
    USAGE
    =====

    List all branches
    -----------------

    The list of all branches can be found at:

        /branches

        <a href="/branches">/branches</a>

A service's landing page is often written so: a text file (underlined headings, indented examples, blank lines
between paragraphs) wrapped in `<html>` and served with its spacing kept, the only markup a few inline links.
Read as HTML, its whole body is one run of text with the layout lost; the reader sees the text file, so the page
is read as plain text (`plaintext.py`): underlined lines are headings, indented lines are code, a link is its
text. Read only where the body itself (a `body` rule of the page's `<style>`, or its `style` attribute) keeps
white space (`pre`, `pre-wrap`, `break-spaces`) and holds no block element (a `<p>`, `<div>`, `<pre>`, a table
or a list): a page laid out in elements is read as HTML, whatever its style."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from .html_text import BLOCKS

_KEPT = r"white-space\s*:\s*(?:pre|pre-wrap|break-spaces)\s*(?:!important\s*)?(?:;|$|\})"
_BODY_RULE = re.compile(r"(?:^|[}\s,;])body\s*(?:,[^{]*)?\{(?P<rule>[^}]*)\}", re.I)


def preformatted_body(soup: BeautifulSoup) -> tuple[str, int] | None:
    """(text, line of the `<body>` tag) of a page whose body is written as plain text (see the module), else None."""
    body = soup.body
    if not isinstance(body, Tag):
        return None
    rules = [str(body.get("style") or "")]
    for style in soup.find_all("style"):
        rules += [m["rule"] for m in _BODY_RULE.finditer(style.get_text())]
    if not any(re.search(_KEPT, rule + ";", re.I) for rule in rules):
        return None
    if body.find(BLOCKS) is not None:
        return None
    return body.get_text(), body.sourceline or 1


__all__ = ["preformatted_body"]
