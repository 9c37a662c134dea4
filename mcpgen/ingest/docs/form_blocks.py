"""A request a document shows as the HTML form that sends it: a code block of markup holding a
`<form action="/velruse/yahoo/login" method="post">` and its named fields:

    .. code-block:: html

        <form action="/auth/yahoo/login" method="post">
            <input type="hidden" name="oauth" value="true" />
            <input type="submit" value="Login with Yahoo" />
        </form>

A service driven from a browser (a login, an upload, a payment page) documents its requests so: the form is the
request as the browser sends it, like a curl command. Its method is the form's own (`method="post"`, as HTML reads
it, in any case), its target the `action` (a path or a full URL), and its fields the named `<input>`,
`<select>` and `<textarea>` elements: a POST form's are its form-encoded body, a GET form's the query. None is
marked required (the example only shows them sent). Buttons (`type="submit"`, `button`, `reset`, `image`) send
no value a client chooses, and an unnamed element sends nothing. A form with no `action` (it posts back to the page
showing it), with no `method` of its own, or with a method HTML forms cannot send is left alone, and so is markup
with no form (a snippet of one `<input>`).

Such a snippet, a code block of named fields alone (`<input type="hidden" name="display" value="popup" />`), in the
section of exactly one POST form, shows a field that form also accepts ("Facebook also accepts a `display`
argument ... for instance:"): it joins the form's body. A snippet in a section with no form, or with two, names
a field of no one request and is left alone."""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup

from .blocks import Section
from .html_text import attr
from .mention import Mention
from .requests import Request, split_target

_OPEN = re.compile(r"<form\b[^>]*\baction\s*=", re.I)
_BUTTONS = frozenset({"submit", "button", "reset", "image"})


def form_block_requests(text: str) -> list[Request]:
    """The request each `<form>` of a markup code block sends (see the module)."""
    if not _OPEN.search(text):
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "html.parser")
    found = []
    for form in soup.find_all("form"):
        action, method = attr(form, "action").strip(), attr(form, "method").strip().upper()
        if method not in ("GET", "POST") or not action.startswith(("/", "http://", "https://")):
            continue
        fields = [
            attr(field, "name")
            for field in form.find_all(("input", "select", "textarea"))
            if attr(field, "name") and attr(field, "type").lower() not in _BUTTONS
        ]
        target = split_target(action)
        request = Request(method, target)
        if method == "GET":
            target.query.extend((name, "", False) for name in fields if name not in {q[0] for q in target.query})
        elif fields:
            request.body, request.body_kind = dict.fromkeys(fields, ""), "form"
        found.append(request)
    return found


def _fields_alone(text: str) -> list[str]:
    """The names of a markup block that is named fields and nothing else, else []."""
    if not re.match(r"\s*<(?:input|select|textarea)\b", text, re.I):
        return []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(text, "html.parser")
    names = []
    for node in soup.contents:
        if isinstance(node, str):
            if node.strip():
                return []
        elif node.name not in ("input", "select", "textarea") or not attr(node, "name"):
            return []
        elif attr(node, "type").lower() not in _BUTTONS:
            names.append(attr(node, "name"))
    return names


def snippet_fields(section: Section, found: list[Mention]) -> None:
    """Add to the one POST form of `section` the fields its snippets of fields alone show (see the module)."""
    forms = [b for b in section.blocks if b.kind == "code" and _OPEN.search(b.text)]
    shown = [m for m in found if forms and m.where == forms[0].where and m.request is not None]
    if len(forms) != 1 or len(shown) != 1 or shown[0].method != "POST" or shown[0].request is None:
        return
    request = shown[0].request
    for block in section.blocks:
        names = _fields_alone(block.text) if block.kind == "code" else []
        if names and request.body is None:
            request.body, request.body_kind = {}, "form"
        if names and isinstance(request.body, dict):
            for name in names:
                request.body.setdefault(name, "")


__all__ = ["form_block_requests", "snippet_fields"]
