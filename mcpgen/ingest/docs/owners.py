"""Which endpoint each section of a document describes: the one it states, else the one the nearest enclosing
section states, else (in a flat layout, where part titles sit at one level under a page that holds several
operations) the one named last before it."""

from __future__ import annotations

import re

from .blocks import Section
from .mention import Mention, endpoint_key
from .templating import example_of


def section_owners(sections: list[Section], mentions: list[list[Mention]]) -> list[tuple[str, str] | None]:
    """Per section, the one endpoint it describes: its own, else the nearest enclosing section's, else
    (in documents without a usable heading hierarchy) the endpoint named last before it."""
    own: list[set[tuple[str, str]]] = []
    for found in mentions:
        # request lines and raw HTTP requests own their section, but not a raw request that is an example of
        # a template the section states (`GET /receipts HTTP/1.1` under `GET /{db}`); curl only when alone
        stated = {endpoint_key(m) for m in found if m.kind in ("line", "rpc") and not m.prose}
        stated = stated or {endpoint_key(m) for m in found if m.kind == "line"}  # one standing alone outranks prose
        http = {
            endpoint_key(m)
            for m in found
            if m.kind == "http" and not any(example_of(m, key) for key in stated if "{}" in key[1])
        }
        one = {endpoint_key(m) for m in found if m.kind == "table"}  # a one-row endpoint table: the section's request
        curl = {endpoint_key(m) for m in found if m.kind == "curl"}
        own.append(stated or http or (one if len(one) == 1 else curl))
    parent: list[int | None] = []
    stack: list[int] = []
    for index, section in enumerate(sections):
        while stack and sections[stack[-1]].level >= section.level > 0:
            stack.pop()
        parent.append(stack[-1] if stack and section.level > 0 else None)
        if section.level > 0:
            stack.append(index)
    _examples_of_enclosing_template(own, mentions, parent)
    # what each section holds, for its enclosing sections: an endpoint table of several rows holds them all (a
    # page of such tables is no one endpoint's, though one section's table has a single row)
    subtree = [
        set(s) | {endpoint_key(m) for m in found if m.kind == "table"} for s, found in zip(own, mentions, strict=True)
    ]
    for index in range(len(sections) - 1, -1, -1):
        up = parent[index]
        if up is not None:
            subtree[up] |= subtree[index]
    owners: list[tuple[str, str] | None] = []
    last: tuple[str, str] | None = None
    level = 0  # the heading level of the section holding the one that stated `last`
    for index in range(len(sections)):
        owner: tuple[str, str] | None = None
        decided = False
        cursor: int | None = index
        while cursor is not None:
            if cursor != index and len(subtree[cursor]) > 1 and last is not None:
                break  # the enclosing section holds several endpoints: this one continues the one named last
            if len(own[cursor]) == 1:
                owner, decided = next(iter(own[cursor])), True
                break
            if own[cursor]:
                decided = True
                break
            if len(subtree[cursor]) > 1:
                # an enclosing section holds several endpoints: in a flat layout ("POST /payment", then
                # "Parameters" at the same level) this section continues the endpoint named last
                decided = cursor == index
                break
            if len(subtree[cursor]) == 1:
                owner, decided = next(iter(subtree[cursor])), True
                break
            cursor = parent[cursor]
        if not decided and _schema_area(sections[index]):
            last = None  # "References > #/components/schemas/Pet" after the last operation is not part of it
        if not decided and 0 < sections[index].level < level:
            # a heading above the part that holds the last endpoint ("Organization permissions" after "List of
            # endpoints > Delete User"): a part of its own, not that endpoint's continuation
            last = None
        if not decided and last is not None and not _is_overview(mentions[index]):
            owner = last
        if own[index]:
            last = owner if owner is not None else None
            up = parent[index]
            level = sections[up].level if up is not None else 0
        elif owner is not None:
            last = owner
        owners.append(owner)
    return owners


def _examples_of_enclosing_template(
    own: list[set[tuple[str, str]]], mentions: list[list[Mention]], parent: list[int | None]
) -> None:
    """A section whose only requests are raw HTTP requests on concrete values that fit the template its
    enclosing section states (`### PUT /v1/tools/{toolname}`, then `#### Request` over `PUT /v1/tools/color1` and
    its headers): they show that template in use, so the section is the template's, not their routes'."""
    for index, found in enumerate(mentions):
        up = parent[index]
        while up is not None and not own[up]:
            up = parent[up]
        if up is None or len(own[up]) != 1 or not own[index]:
            continue
        (template,) = own[up]
        if "{}" in template[1] and all(m.kind == "http" and example_of(m, template) for m in found):
            own[index] = set()


_SCHEMA_AREA = re.compile(
    r"^(?:schemas?|schema definitions|definitions|models?|references|components|data (?:types|models|structures))$"
    r"|^#?/(?:components|definitions)/",
    re.I,
)


def _schema_area(section: Section) -> bool:
    """A section of a document's schema reference (widdershins "Schemas", openapi-to-md "References")."""
    return any(_SCHEMA_AREA.match(title.strip()) for title in section.path)


def _is_overview(found: list[Mention]) -> bool:
    return len({endpoint_key(m) for m in found}) > 1
