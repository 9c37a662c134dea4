"""A request an HTML page documents by sending it: a `<form method="POST" action="...">` that holds the paragraph
stating the request, `POST /api/course/<course_id>: Create course (see HTML form)`, and the fields it sends as
`<input>` elements (`<input type="hidden" name="instructors" value="[...]">`). A sample-requests page written as a
template does this so that a click on the link sends a real example; the form's fields are the request's body.

Forms are page chrome to the HTML reducer (a search box, a login form) and are skipped whole, which lost the
paragraph too. A form is read here only when its own method (POST, or GET) is the method of a request line written
inside it: the paragraph is kept in place of the form, followed by the request the form sends, as a raw
HTTP transcript (`POST /path`, its `Content-Type`, the fields form-encoded with their example values; none is
marked required). A field the page's template
renders only under a condition (`{% if mode %}<input ...>{% end %}`, `{{#if x}}...{{/if}}`) is sent only in that
mode of the service, not by the request as documented, and is left out. A form without such a request line (a
search box, a login page) is left to be skipped as before."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from bs4 import BeautifulSoup, NavigableString, Tag

from .html_text import norm
from .requests import METHODS

_REQUEST = re.compile(rf"^(?P<method>{'|'.join(METHODS)})\s+/\S")
_FORM_TYPE = "application/x-www-form-urlencoded"
_FIELD_TYPES = ("", "hidden", "text", "number", "email")
_OPEN_CONDITION = re.compile(r"(?:\{%-?\s*if\b[^%]*%\}|\{\{#if\b[^}]*\}\}|<%\s*if\b[^%]*%>)\s*$")
_CLOSE_CONDITION = re.compile(r"^\s*(?:\{%-?\s*(?:end|endif)\s*-?%\}|\{\{/if\}\}|<%\s*(?:end|\})\s*%>)")


def _conditional(field: Tag) -> bool:
    """The field sits between a template's `if` and its `end`, with nothing else between them."""
    before, after = field.previous_sibling, field.next_sibling
    return (
        isinstance(before, NavigableString)
        and isinstance(after, NavigableString)
        and _OPEN_CONDITION.search(str(before)) is not None
        and _CLOSE_CONDITION.search(str(after)) is not None
    )


def _request_paragraph(form: Tag, method: str) -> Tag | None:
    """The one paragraph inside the form whose text is a request line of the form's method."""
    found = [
        p
        for p in form.find_all(("p", "div", "li"))
        if (m := _REQUEST.match(norm(p.get_text(" ")))) and m["method"] == method
    ]
    return found[0] if len(found) == 1 else None


def form_requests(soup: BeautifulSoup) -> None:
    """Replace each form that states its own request by that request's paragraph and its fields as a body."""
    for form in soup.find_all("form"):
        method = str(form.get("method") or "GET").strip().upper()
        paragraph = _request_paragraph(form, method)
        if paragraph is None:
            continue
        body: dict[str, str] = {}
        for field in form.find_all(("input", "textarea", "select")):
            name = str(field.get("name") or "").strip()
            kind = str(field.get("type") or "").strip().lower() if field.name == "input" else ""
            if name and kind in _FIELD_TYPES and not _conditional(field):
                body.setdefault(name, str(field.get("value") or ""))
        line = norm(paragraph.get_text(" "))
        parts: list[Tag] = [paragraph.extract()]
        if body and method != "GET":  # the request as sent: its line, then the form-encoded fields
            target = re.sub(r"[:,.;]$", "", line.split()[1])
            code = soup.new_tag("pre")
            code.string = f"{method} {target}\nContent-Type: {_FORM_TYPE}\n\n{urlencode(body)}"
            parts.append(code)
        for part in parts[1:]:
            part.sourceline = paragraph.sourceline
        form.replace_with(*parts)


__all__ = ["form_requests"]
