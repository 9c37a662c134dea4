"""Parameter lists a section states for several endpoints at once.

- A list item that says so, with the parameters as its sub-items: "All the static image endpoints support the
  following query parameters:" then `` `scale` `` ... one level down.
- A sentence that names the requests (or calls them "these", "both", "all") and says they take parameters,
  followed by the lists of them: "Both the ``GET /v1/images`` and ``GET /v1/images/detail`` requests take query
  parameters ... The following list details these query parameters." then `` `name=NAME` `` items; "These two
  resources also accept additional query parameters:" then more.
Every endpoint the section states takes them.

An object's attributes listed in a section of routes ("A policy has the following fields:" then `* name: a
unique name`) are the body of the POST that creates one: the section's POST to a collection (no placeholder
at its end). The identifier (`ID`) is the server's to give.

Headers listed after a sentence saying requests of one method take them go to the section's requests of that
method.

"All the static image endpoints support parameters passing using POST with a JSON body": each GET the section
names has a POST twin at the same path, which takes the section's shared parameters as body fields.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Section
from .params import Param, context_location, from_list, required_from
from .requests import METHODS

_SHARED_ITEM = re.compile(r"(?i)\ball (?:of )?(?:the |these )?(?:[\w-]+ ){0,3}endpoints\b[^.]*\bparameters?\b")
_SHARED_SENTENCE = re.compile(
    r"(?i)\b(?:both|all|each|these|those)\b[^.]{0,100}?\b(?:requests|endpoints|resources|routes|operations|calls)\b"
    r"[^.]{0,80}?\b(?:take|accept|support|understand|allow)s?\b[^.]{0,40}?\bparam(?:eter)?s\b"
)


_POST_TWIN = re.compile(
    r"(?i)\ball (?:of )?(?:the |these )?(?:[\w-]+ ){0,3}endpoints\b[^.]{0,40}?\b(?:also |additionally )?"
    r"(?:supports?|accepts?|allows?)\b[^.]{0,60}?\bPOST\b[^.]{0,20}?\b(?:JSON\s+)?body\b"
)


def post_twins(section: Section) -> bool:
    """Whether the section says its GET endpoints take their parameters by POST in a body as well."""
    texts = [b.text for b in section.blocks if b.kind == "text"]
    texts += [text for b in section.blocks if b.kind == "list" for _, text in b.items]
    return any(_POST_TWIN.search(text) for text in texts)


def shared_parameters(section: Section) -> list[Param]:
    """The parameters `section` states for all the endpoints it names (see the module's docstring)."""
    found: list[Param] = []
    stated = ""  # the sentence that said the lists after it are shared
    for block in section.blocks:
        if block.kind == "text":
            sentence = next((s for s in re.split(r"(?<=[.;:])\s+", block.text) if _SHARED_SENTENCE.search(s)), "")
            stated = sentence or stated
        elif block.kind == "list":
            found.extend(_items(block))
            if stated:
                found.extend(from_list(block, context_location([stated]) or "", labelled=True))
        else:
            stated = ""
    return found


_ATTRIBUTES = re.compile(
    r"(?i)\b(?:an?|each|every)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:has|have|contains?|consists\s+of)\s+(?:the\s+)?"
    r"following\s+(?:fields|attributes|properties|members|keys)\b"
)


def attribute_fields(section: Section) -> list[Param]:
    """The attributes a section lists for the object its routes handle (see the module's docstring)."""
    found: list[Param] = []
    stated = False
    for block in section.blocks:
        if block.kind == "list" and stated:
            found.extend(p for p in from_list(block, "body", labelled=True) if p.name.lower() != "id")
        stated = block.kind == "text" and _ATTRIBUTES.search(block.text) is not None
    return found


# "any HTTP header that it receives in a `POST` request ...", then the headers listed: that method's headers
_METHOD_HEADERS = re.compile(
    rf"(?i)\bheaders?\b[^.]{{0,80}}?\b(?:in|with|on|of)\s+(?:an?\s+|the\s+|each\s+|every\s+|any\s+)?`?"
    rf"(?P<method>{'|'.join(METHODS)})`?\s+requests?\b"
)
_CODED_HEADER_ITEM = re.compile(r"^`(?P<name>[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)`\s+(?P<rest>[A-Z].*)$", re.S)
_CONDITIONAL = re.compile(r"(?i)\brequired,?\s+(?:unless|if|when|except)\b")


def method_headers(section: Section) -> list[tuple[str, Param]]:
    """(method, header) for the headers a section lists after a sentence saying requests of one method take
    them ("Glance will view as image metadata any HTTP header that it receives in a `POST` request ..."): items
    that lead with the header's name in code and go on in a sentence ("This header is optional.")."""
    found: list[tuple[str, Param]] = []
    method = ""
    for block in section.blocks:
        if block.kind == "text":
            match = _METHOD_HEADERS.search(block.text)
            method = match["method"].upper() if match else method
        elif block.kind == "list" and method:
            for _, text in block.items:
                item = _CODED_HEADER_ITEM.match(text.strip())
                if item is not None:
                    required = False if _CONDITIONAL.search(item["rest"]) else required_from(item["rest"])
                    found.append((method, Param(item["name"], "header", block.where, required, origin="list")))
        else:
            method = ""
    return found


def _items(block: Block) -> list[Param]:
    found: list[Param] = []
    for index, (term, text) in enumerate(block.items):
        if not _SHARED_ITEM.search(text):
            continue
        children = []
        for child_term, child in block.items[index + 1 :]:
            if len(child_term) <= len(term):
                break
            if len(child_term) == len(term) + 1:  # its own sub-items; deeper ones are their details
                children.append(("", child))
        found.extend(from_list(replace(block, items=tuple(children)), context_location([text]) or "", labelled=True))
    return found
