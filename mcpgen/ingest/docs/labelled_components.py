"""A UI component whose caption is an attribute: the collapsible items a component library draws for each
operation of a page (Quasar's `<q-expansion-item label="Get wallet details">`, `<v-expansion-panel title="...">`,
a web component's `<api-card label="...">`), each holding what documents it:

    <q-expansion-item label="Create an invoice (incoming)">
      <code><span>POST</span> /api/v1/payments</code>
      <h5>Body (application/json)</h5>
      <code>{"out": false, "amount": <int>}</code>

The caption is drawn as the item's heading, so it is read as one, over the item's content: each operation a
section of its own, its captions ("Body", "Returns") under it. Only custom elements (a name with a hyphen) with a
written caption (`label="..."`, `title="..."`; not one bound at run time, `:label="$t('key')"`) that hold a code
block or a heading are read so; a button's or a form field's label, and an element holding no documentation,
stay as they are."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from .html_text import HEADING_LIST, norm

_CAPTION = ("label", "title", "header-label")
_CONTENT = ["code", "pre", *HEADING_LIST]


def component_headings(soup: BeautifulSoup) -> None:
    """Open each captioned component holding documentation with a heading of its caption, one level above the
    shallowest heading inside it (a level 4 heading over `<h5>` captions), else at level 6."""
    for tag in soup.find_all(re.compile(r"^[a-z][\w]*-[\w-]+$")):
        caption = next((norm(str(tag.attrs[name])) for name in _CAPTION if name in tag.attrs), "")
        if not caption or tag.find(_CONTENT) is None:
            continue
        inner = [int(h.name[1]) for h in tag.find_all(HEADING_LIST)]
        heading = soup.new_tag(f"h{max(1, min(inner) - 1) if inner else 6}")
        heading.string = caption
        tag.insert(0, heading)
