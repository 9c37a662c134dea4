"""A raw HTML definition list in a Markdown page as the definition list it renders:

    ### Query parameters

    <dl>
      <dt>url</dt>
      <dd>Website address (URL). This is the only required parameter.</dd>

      <dt>width</dt>
      <dd>The width of the viewport (default: 1024)</dd>
    </dl>

Markdown has no definition list of its own, so a README that wants one writes `<dl>` with `<dt>` terms and `<dd>`
definitions in raw HTML; on the rendered page it is the same term/definition list a Markdown definition list
(`term` then `: definition`) or a reStructuredText one makes, and a reader takes each term as a name and its
definition as what the name means. CommonMark ends a raw HTML block at a blank line, so a list spaced out with
blank lines between its entries arrives as several HTML blocks: the caller joins consecutive ones before they are
read here. Only `<dt>` terms paired with the `<dd>` that follows them inside one `<dl>` are read; inline markup is
dropped (`<code>name</code>` kept as a code span), and a `<dl>` holding another one is left alone (its nesting is
not a flat list of names)."""

from __future__ import annotations

import html
import re

_LIST = re.compile(r"<dl\b[^>]*>(?P<body>.*?)</dl\s*>", re.I | re.S)
_PAIR = re.compile(r"<dt\b[^>]*>(?P<term>.*?)</dt\s*>\s*<dd\b[^>]*>(?P<definition>.*?)</dd\s*>", re.I | re.S)
_CODE = re.compile(r"<code\b[^>]*>(.*?)</code\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def plain_html(fragment: str) -> str:
    """`fragment`'s text: code spans as backticks, other tags dropped, entities decoded, whitespace collapsed."""
    text = _CODE.sub(lambda m: "`" + _TAG.sub("", m.group(1)).strip() + "`", _COMMENT.sub("", fragment))
    return " ".join(html.unescape(_TAG.sub(" ", text)).split())


def html_definition_lists(content: str) -> list[tuple[int, tuple[tuple[str, str], ...]]]:
    """(offset in `content`, (term, definition) pairs) of each flat `<dl>` in a raw HTML fragment, in order."""
    found = []
    for match in _LIST.finditer(content):
        body = match["body"]
        if re.search(r"<dl\b", body, re.I):
            continue  # a nested list: not a flat list of names
        items = tuple(
            (term, plain_html(pair["definition"]))
            for pair in _PAIR.finditer(body)
            if (term := plain_html(pair["term"]))
        )
        if items:
            found.append((match.start(), items))
    return found
