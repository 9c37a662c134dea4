"""A reStructuredText field list that states routes as an endpoint field over one or more method fields:

    :Endpoint: ``/[project]/``
    :Method: ``GET``
    :Request Parameters: (none)
    :Description: Returns the project.
    :Method: ``DELETE``
    :Request Parameters: The parameter ``abortonly`` can be set to 1
    :Description: Deletes the project.

A manual that specifies its API as rst field lists writes, per resource, an `:Endpoint:` (or `:URL:`,
`:Path:`, `:Route:`, `:Resource:`) field whose text opens with the path, then a `:Method:` field naming the
method (or methods: "``GET`` or ``POST``", "``GET`` and/or ``POST``") and the fields that describe that request
(its parameters, its description, its response). The same endpoint often serves several methods, each written
as a `:Method:` field of its own followed by its own fields: every method field states an operation on the
endpoint last named, and the fields after it, up to the next method or endpoint field, are that operation's.
Each operation becomes an httpdomain-like section, as `.. http:delete:: /{project}/` would open; its fields
become paragraphs led by their names ("Request Parameters: ..."), so that what they say of parameters is read
as prose is, except the response's fields, which say what comes back and nothing of the request.

The endpoint's path is the first path its field gives: what follows ("or ``/info/``", "(or ``/`` if ...)") is
another way to reach it. Placeholders written in square brackets (`/[project]/input/[filename]`) are named
placeholders, as braces are. A field list with no endpoint field opening a path, or no method field naming a
method after it, is something else (settings, a parameter list, a document's metadata): nothing is read here.
"""

from __future__ import annotations

import re
from typing import Any

from .requests import sphinx_template

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
_ENDPOINT_NAMES = ("endpoint", "url", "uri", "path", "route", "resource")
_METHOD_NAMES = ("method", "methods", "http method", "http methods", "verb")
_RESPONSE_NAMES = re.compile(r"(?i)^(?:responses?|returns?|status(?: codes?)?|response (?:codes?|body|format))$")
_PATH = re.compile(r"/[^\s`'\"(),]*")
_METHOD_WORD = re.compile(r"\b(" + "|".join(_METHODS) + r")\b")
_BRACKETED = re.compile(r"\[([A-Za-z_][\w-]*)\]")
_PARAMETER_NAMES = re.compile(r"(?i)^(?:request |query |form |body )?(?:parameters|params|arguments)$")
_ASSIGNED = re.compile(r"^(?P<name>[A-Za-z_][\w.-]*)=(?P<value>.*)$")
_BODY_METHODS = ("POST", "PUT", "PATCH")
_REQUIRED_MARK = re.compile(r"(?i)\b(?:mandatory|required|optional)\b")
_UNMARKED = "optional. "
_MANDATORY_NAMED = re.compile(
    r"(?i)\b(?:is|are)\s+(?:mandatory|required)\s*:\s*(?:the\s+)?(?P<words>[a-z][a-z ]{0,40}?)"
    r"(?=\s*(?:[,.;(]|\band\b|\bwhich\b|$))"
)


def endpoint_field_sections(node: Any, nodes: Any) -> list[Any] | None:
    """One httpdomain-like section per method field of a field list that names an endpoint before it, or None
    when the field list is not one (see the module's docstring)."""
    if not isinstance(node, nodes.field_list) or not node.children:
        return None
    sections: list[Any] = []
    target = ""
    current: list[Any] = []  # the sections the last method field opened
    for field in node.children:
        name_node = next((c for c in field.children if isinstance(c, nodes.field_name)), None)
        body = next((c for c in field.children if isinstance(c, nodes.field_body)), None)
        if name_node is None:
            continue
        name = " ".join(name_node.astext().split()).lower()
        text = body.astext() if body is not None else ""
        if name in _ENDPOINT_NAMES:
            target = _endpoint(text)
            current = []
            continue
        if name in _METHOD_NAMES:
            methods = _named_methods(text)
            if not target or not methods:
                return None
            current = []
            for method in methods:
                section = nodes.section(classes=["http-operation"])
                section["http"] = (method, target, "")
                section.line = field.line or node.line
                current.append(section)
            sections.extend(current)
            continue
        if not current or body is None or _RESPONSE_NAMES.match(name):
            continue
        said = _said_mandatory(text)
        for section in current:
            section.extend(_paragraphs(name_node.astext().strip(), body, nodes))
            if _PARAMETER_NAMES.match(name):
                section.extend(_parameter_fields(section["http"][0], body, nodes))
            if said:
                _mark_required(section, said, nodes)
    return sections or None


def _said_mandatory(text: str) -> set[str]:
    """The parameters a field's prose says must be given, spelled as words ("Two arguments are mandatory: the
    input template, which ..."), each as its letters alone (`inputtemplate`)."""
    return {re.sub(r"[\W_]", "", m["words"]).lower() for m in _MANDATORY_NAMED.finditer(" ".join(text.split()))}


def _mark_required(section: Any, said: set[str], nodes: Any) -> None:
    """The section's parameter fields whose name (its letters alone) the prose calls mandatory, and which their
    own text leaves unmarked, marked required."""
    for field_list in section.findall(nodes.field_list):
        for field in field_list.children:
            name = field.children[0].astext().split()[-1]
            paragraph = field.children[1].children[0]
            text = paragraph.astext()
            if re.sub(r"[\W_]", "", name).lower() in said and text.startswith(_UNMARKED.strip()):
                paragraph.replace(paragraph.children[0], nodes.Text("required." + text[len(_UNMARKED.strip()) :]))


def _endpoint(text: str) -> str:
    """The first path an endpoint field's text gives, its bracketed placeholders as braces; "" when it opens
    with none."""
    match = _PATH.search(text)
    if match is None or text[: match.start()].strip(" `"):
        return ""
    return sphinx_template(_BRACKETED.sub(r"{\1}", match.group(0)))


def _named_methods(text: str) -> list[str]:
    """The methods a method field names ("``GET`` or ``POST``"), in order, each once; [] when its text says
    anything but methods before the first (it then is not a method field of a route)."""
    found = _METHOD_WORD.findall(text)
    first = _METHOD_WORD.search(text)
    if first is None or text[: first.start()].strip(" `"):
        return []
    return list(dict.fromkeys(found))


def _paragraphs(label: str, body: Any, nodes: Any) -> list[Any]:
    """A field's body as the operation's content: its first paragraph led by the field's name, the rest as
    written."""
    parts = [child.deepcopy() for child in body.children if not isinstance(child, nodes.system_message)]
    if parts and isinstance(parts[0], nodes.paragraph):
        parts[0].insert(0, nodes.Text(f"{label}: "))
    return parts


def _parameter_fields(method: str, body: Any, nodes: Any) -> list[Any]:
    """The parameters a request-parameters field writes as ``name=[value]`` literals, as the field list
    httpdomain's `:query name:` (a GET's, DELETE's) or `:form name:` (a POST's, PUT's, PATCH's: what such a request
    sends is its form) would be, each described by the text up to the next literal; a value ending in `*`
    marks one of several alternatives, none of which is required on its own, and a literal the text does not
    call mandatory (or required) is optional, as such a list marks the ones a request must carry. [] when it
    writes none."""
    fields: list[Any] = []
    kind = "form" if method in _BODY_METHODS else "query"
    for paragraph in body.findall(nodes.paragraph):
        children = list(paragraph.children)
        for index, child in enumerate(children):
            match = _ASSIGNED.match(child.astext().strip()) if isinstance(child, nodes.literal) else None
            if match is None:
                continue
            after = []
            for later in children[index + 1 :]:
                if isinstance(later, nodes.literal) and _ASSIGNED.match(later.astext().strip()):
                    break
                after.append(later.astext())
            text = " ".join("".join(after).split()).lstrip("\u2013-, ")
            if match["value"].rstrip().endswith("*"):
                text = f"optional, one of the alternatives marked *. {text}".strip()
            elif not _REQUIRED_MARK.search(text):
                text = f"{_UNMARKED}{text}".strip()
            fields.append(
                nodes.field(
                    "",
                    nodes.field_name("", f"{kind} {match['name']}"),
                    nodes.field_body("", nodes.paragraph("", text)),
                )
            )
    return [nodes.field_list("", *fields)] if fields else []
