"""A method printed as a badge on a button before the path it is sent to:

    <p><button class="badge badge-dark">GET</button> /api/v1/metrics/</p>

A page styled with a UI kit (Bootstrap's badges and pills) often prints an endpoint's method as a small coloured
control, here a `<button>`, followed by the path as plain text in the same line: the request line `GET
/api/v1/metrics/`, read as the page shows it. Buttons are otherwise skipped as page controls ("Try it", "Copy",
"Submit"), so a button is read as text only when its whole label is one HTTP method word and the text right after
it, in the same element, opens with a rooted path. A method button standing alone (a toolbar of method filters), or
followed by words rather than a path, is left as a control."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from .html_text import norm
from .requests import METHODS

_METHOD = re.compile("|".join(METHODS))
_PATH_AFTER = re.compile(r"^\s*/[^\s<>\"']*")


def method_buttons(soup: BeautifulSoup) -> None:
    """Each `<button>` whose label is a method word alone, directly followed by a rooted path in the same element,
    made a `<span>` (inline text the request line is read from)."""
    for button in soup.find_all("button"):
        if not _METHOD.fullmatch(norm(button.get_text(" "))):
            continue
        after = button.next_sibling
        while (
            isinstance(after, Tag)
            and after.name in ("span", "code", "strong", "b", "em", "i")
            and not norm(after.get_text(" "))
        ):
            after = after.next_sibling  # an empty icon between them
        text = (
            after.get_text(" ") if isinstance(after, Tag) else str(after) if isinstance(after, NavigableString) else ""
        )
        if not _PATH_AFTER.match(text):
            continue
        button.name = "span"
        button.attrs = {}
        button.insert_after(" ")
