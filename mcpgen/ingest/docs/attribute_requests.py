"""Requests an HTML page states only in an element's attributes: a debugger or console page whose buttons carry
the command they send, `<button data-method="PUT" data-url="/api/lights/1" data-body='{"name": "x"}'>rename
light</button>`. An element is such a request when one `data-*` attribute names an HTTP method and another holds
a URL or path; a `data-*` attribute holding a JSON object is the body it sends. Each one is read as the page
would have printed it: its label as a heading under the one above it, the request line, and the body under a
"Request body:" label."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Tag

from .html_text import norm

_METHOD = re.compile(r"(?i)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)")
_METHOD_ATTR = re.compile(r"data-(?:[\w-]*-)?(?:method|verb)")
"""`data-method`, `data-http-method`, `data-verb`: the method the element's request is sent with."""
_URL_ATTR = re.compile(r"data-(?:[\w-]*-)?(?:url|uri|href|path|endpoint|route)")
_URL = re.compile(r"(?:https?://[^\s/]+)?/[^\s<>\"']*")
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_BODY_ATTR = re.compile(r"data-(?:[\w-]*-)?(?:body|payload|json|data|params)")


def _one(tag: Tag, name: re.Pattern[str]) -> str:
    values = [str(value).strip() for key, value in tag.attrs.items() if name.fullmatch(key)]
    return values[0] if len(values) == 1 else ""


def _body(tag: Tag) -> str:
    """The JSON object the element sends, re-indented, or "" (an empty attribute: no body)."""
    raw = _one(tag, _BODY_ATTR)
    try:
        value = json.loads(raw) if raw.startswith("{") else None
    except ValueError:
        return ""
    return json.dumps(value, indent=2, ensure_ascii=False) if isinstance(value, dict) and value else ""


def attribute_requests(soup: BeautifulSoup) -> None:
    """Replace each element that states a request in its attributes by what it states: a heading of its label
    (each command a section of its own, so its body is its own), a `<pre>` of `METHOD /path`, and its JSON body
    after a "Request body:" paragraph."""
    for tag in soup.find_all(True):
        method = _one(tag, _METHOD_ATTR)
        url = _one(tag, _URL_ATTR)
        if not _METHOD.fullmatch(method) or not _URL.fullmatch(url):
            continue
        parts: list[Tag] = []
        label = norm(tag.get_text(" "))
        if label:  # a heading one level below the one the element is under: a section of its own
            above = tag.find_previous(_HEADINGS)
            title = soup.new_tag(f"h{min(6, int(above.name[1]) + 1) if isinstance(above, Tag) else 2}")
            title.string = label
            parts.append(title)
        line = soup.new_tag("pre")
        line.string = f"{method.upper()} {url}"
        parts.append(line)
        body = _body(tag)
        if body:
            intro = soup.new_tag("p")
            intro.string = "Request body:"
            code = soup.new_tag("pre")
            code.string = body
            parts.extend((intro, code))
        for part in parts:
            part.sourceline = tag.sourceline
        tag.replace_with(*parts)


__all__ = ["attribute_requests"]
