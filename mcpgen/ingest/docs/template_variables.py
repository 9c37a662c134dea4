"""A page rendered from a template (Django, Jinja, Handlebars) that writes its routes as example URLs built from
template variables: `/boundaries/{{boundaryset.slug|urlencode}}/shape?format=wkt`. A variable that is a whole path
segment stands for that segment's value, so it is the route's placeholder (`{boundaryset_slug}`, the variable's
name with its filters dropped); one that is a query value (`?touches={{set.slug}}`) is an example value.

An Underscore, EJS or ERB template writes its output tags as `<%= expr %>` (or `<%- expr %>`, unescaped), and may
build the path inside the tag, as a JavaScript or Ruby expression: `<%- '/' + resourceData.id %>/&lt;id&gt;`. An
expression that only joins quoted strings and variables (`'/' + collection.name`, `"/users/" + id + "/posts"`)
renders as its strings with each variable's value between them; a variable right after a slash is a path segment
computed per rendering (the collection the page is rendered for, every route of its table hanging below it), so it
is the route's placeholder, named as above (`/{resourceData_id}/{id}`). A tag whose expression calls a function
(`<%= ns('/' + x) %>`, a client's namespace) or puts a variable inside a segment (`'/v' + version`) is left as
written, as are logic tags (`<% if (...) { %>`)."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document

_VARIABLE = r"\{\{\s*(?P<name>[A-Za-z_][\w.]*)\s*(?:\|[^{}|]+)*\s*\}\}(?=[/?&,#\s`'\"]|$)"
_SEGMENT = re.compile(r"(?<=[\w}-]/)" + _VARIABLE)
"""A template variable, filters allowed, that is a path segment after a literal one (`/{{ User.USERNAME_FIELD }}/`,
a route that is a variable alone, names a route by a setting, not a placeholder)."""
_VALUE = re.compile(r"(?<=[=,])" + _VARIABLE)
"""A template variable that is a query value (`?touches={{set.slug}}`), or one of a list of them."""
_OUTPUT_TAG = re.compile(r"<%[=-]\s*(?P<expr>[^%]*?)\s*-?%>")
"""`<%= expr %>`, `<%- expr %>`: an output tag of an Underscore, EJS or ERB template."""
_TERM = re.compile(
    r"""\s*(?:'(?P<single>[^'\\]*)'|"(?P<double>[^"\\]*)"|(?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*))\s*"""
)

_INSIDE_SEGMENT = re.compile(r"\}(?![/.?]|$)")
_SEGMENT_END = re.compile(r"$|[/.?\s`'\"<&#]")
"""What may follow an output tag that ends in a placeholder: the end of the path, or of the text around it."""


def _rendered(match: re.Match[str]) -> str:
    """The value an output tag renders when its expression joins strings and variables, each variable a path
    segment's placeholder; else the tag as written."""
    text, terms = match.string[: match.start()], match["expr"].split("+")
    rendered = ""
    for term in terms:
        part = _TERM.fullmatch(term)
        if part is None:
            return match[0]
        if part["name"] is None:
            rendered += part["single"] if part["single"] is not None else part["double"]
        elif (rendered or text).endswith("/"):
            rendered += "{" + part["name"].replace(".", "_") + "}"
        else:
            return match[0]  # (a variable inside a segment, or one not after a slash: no segment of its own)
    after = match.string[match.end() :]
    if "{" not in rendered or _INSIDE_SEGMENT.search(rendered) or not _SEGMENT_END.match(after):
        return match[0]
    return rendered


def _name(match: re.Match[str]) -> str:
    return match["name"].replace(".", "_")


def _placeholders(text: str) -> str:
    if "<%" in text:
        text = _OUTPUT_TAG.sub(_rendered, text)
    if "{{" not in text:
        return text
    text = _SEGMENT.sub(lambda m: "{" + _name(m) + "}", text)
    return _VALUE.sub(_name, text)


def template_variables_as_placeholders(doc: Document) -> Document:
    """`doc` with the template variables its paths are built from written as placeholders."""

    def templated(text: str) -> bool:
        return "{{" in text or "<%" in text

    blocks = [b for s in doc.sections for b in s.blocks]
    if not any(
        templated(b.text)
        or any(templated(t + d) for t, d in b.items)
        or any(templated(c) for row in b.rows for c in row)
        for b in blocks
    ):
        return doc

    def block(b: Block) -> Block:
        items = tuple((_placeholders(t), _placeholders(d)) for t, d in b.items)
        rows = tuple(tuple(_placeholders(c) for c in row) for row in b.rows)
        return replace(b, text=_placeholders(b.text), items=items, rows=rows)

    sections = [replace(s, title=_placeholders(s.title), blocks=[block(b) for b in s.blocks]) for s in doc.sections]
    return replace(doc, sections=sections)
