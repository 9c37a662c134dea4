"""A method written alone in bold as a paragraph, over a list whose top-level bullets are each a route alone (a path,
or a path after a placeholder for the host), each bullet's sub-bullets describing that route:

    **POST**

    - **<API_HOST>/api/3/action/request_reset_key**
      - Description: Request a login token for a given email.
      - Param1: email (str).
      - Param2: key (str).

    **GET**

    - **<API_HOST>/api/3/action/get_user**
      - Description: Get user details.

The bold method labels the group of bullets under it, as a heading would: every route of the list is a request
of that method, and the same path under another label is another operation. What a placeholder for the host
(`<API_HOST>`, `{host}`) stands for is where the service runs; the route is the path after it. Each bullet becomes
a section of its own titled by its request line, holding its sub-bullets; a numbered parameter label
(`Param1: email (str).`, `Parameter 2: key`) names one input of the route, written as a row of a parameter table
(name `email`, type `str`).

A method label over a list with any top-level bullet that is not a route alone (prose, a link, a route in a
sentence), a label with other words (`**POST requests are logged**`), or a route on a concrete host is left as it
is."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block, Document, Section
from .requests import METHODS

_LABEL = re.compile(rf"\*\*(?P<method>{'|'.join(METHODS)})\*\*\s*:?")
_ROUTE = re.compile(r"[*_`]+(?:<[^<>\s/]+>|\{[^{}\s/]+\})?(?P<path>/[^\s*`]*?)[*_`]+")
_PARAM = re.compile(r"(?i)param(?:eter)?\s*\d+\s*:\s*`?(?P<name>[A-Za-z_][\w.-]*)`?(?P<rest>.*)")


def method_label_lists(doc: Document) -> Document:
    """`doc` with each list of routes under a bold method label written as one section per route (see the module)."""
    sections: list[Section] = []
    for section in doc.sections:
        blocks = section.blocks
        labelled = [
            i
            for i in range(len(blocks) - 1)
            if blocks[i].kind == "text" and _LABEL.fullmatch(blocks[i].text.strip()) and _routes(blocks[i + 1])
        ]
        if not labelled:
            sections.append(section)
            continue
        head = [b for i, b in enumerate(blocks) if i not in labelled and i - 1 not in labelled]
        sections.append(replace(section, blocks=head))
        for index in labelled:
            match = _LABEL.fullmatch(blocks[index].text.strip())
            assert match is not None
            for path, where, subs in _routes(blocks[index + 1]):
                title = f"{match['method'].upper()} {path}"
                prose = [Block("text", where, text=text) for _, text in subs if not _PARAM.fullmatch(text.strip())]
                rows = tuple(_row(m) for _, text in subs if (m := _PARAM.fullmatch(text.strip())))
                body = [*prose, *([Block("table", where, rows=(("Name", "Type"), *rows))] if rows else [])]
                sections.append(Section(title, section.level + 1, (*section.path, title), where, body))
    return replace(doc, sections=sections)


def _routes(block: Block) -> list[tuple[str, object, tuple[tuple[str, str], ...]]]:
    """(path, where, sub-items) of each top-level bullet of a list whose top-level bullets are all routes alone."""
    if block.kind != "list" or not block.items:
        return []
    top = min(len(indent) for indent, _ in block.items)
    found: list[tuple[str, object, list[tuple[str, str]]]] = []
    for indent, text in block.items:
        if len(indent) == top:
            match = _ROUTE.fullmatch(text.strip())
            if match is None:
                return []
            found.append((match["path"], block.where, []))
        elif found:
            found[-1][2].append((indent[top + 1 :], text))
    return [(path, where, tuple(subs)) for path, where, subs in found]


def _row(match: re.Match[str]) -> tuple[str, str]:
    """(name, type) of a numbered parameter label: `Param1: email (str).` is ("email", "str")."""
    kind = re.fullmatch(r"\s*\((?P<kind>[^()]*)\)\W*", match["rest"])
    return match["name"], kind["kind"].strip() if kind else match["rest"].strip(" .:-")
