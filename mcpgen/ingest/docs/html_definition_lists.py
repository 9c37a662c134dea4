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

import itertools
import warnings

from bs4 import BeautifulSoup, Tag

from .html_text import child_tags, element_text


def html_fragment(content: str) -> BeautifulSoup:
    """A raw HTML fragment of a Markdown page, parsed (BeautifulSoup, `html.parser`: tags keep their source line
    and column)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a fragment that looks like a file name or URL is still markup
        return BeautifulSoup(content, "html.parser")


def offset_of(content: str, tag: Tag) -> int:
    """Where `tag` starts in `content`, from its source line (1-based) and column."""
    line, column = tag.sourceline or 1, tag.sourcepos or 0
    start = 0
    for _ in range(line - 1):
        start = content.index("\n", start) + 1
    return start + column


def cell_text(tag: Tag) -> str:
    """A term's, definition's or cell's text: code spans as backticks, other markup dropped, entities decoded,
    whitespace collapsed (a non-breaking space is a space)."""
    return " ".join(element_text(tag).replace("**", "").split())


def html_definition_lists(content: str) -> list[tuple[int, tuple[tuple[str, str], ...]]]:
    """(offset in `content`, (term, definition) pairs) of each flat `<dl>` in a raw HTML fragment, in order."""
    found = []
    for dl in html_fragment(content).find_all("dl"):
        if dl.find("dl") or dl.find_parent("dl"):
            continue  # a nested list: not a flat list of names
        tags = child_tags(dl, ("dt", "dd"))
        items = tuple(
            (term, cell_text(after))
            for tag, after in itertools.pairwise(tags)
            if tag.name == "dt" and after.name == "dd" and (term := cell_text(tag))
        )
        if items:
            found.append((offset_of(content, dl), items))
    return found
