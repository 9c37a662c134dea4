"""Parameters a section gives to operations it names by link, where the routes are named by operation in code:

    ```js
    // GET /cats
    fastify.route(catFastify.list);
    // POST /cats/search
    fastify.route(catFastify.search);
    ```

    ## Search parameters

    The search parameters are supplied in the request body for [search operation](#search) or as query
    parameters in the request URL for [list operation](#list).

    ### query
    ### limit

A code block that registers routes one call a line, each call preceded by a comment stating its request line
(`// GET /cats`) and passing an operation by name (`handlers.list`, `controller.search`), names each route's
operation: the route a reader reaches by that name. A section titled as parameters ("Search parameters", "Total
count parameter") that links operations by name and says where each takes them ("in the request body for
[search operation](#search)", "as query parameters ... for [list operation](#list)") gives its parameters to
those routes, in the body or the query as said for each. Its parameters are the titles of its subsections that
are bare names (one heading per parameter), or, without such subsections, the code-spanned name its first
paragraph opens with ("`totalCount` takes a boolean"). None is said to be required.

Left alone: a link with no "query" or "body"/"payload" word before it in its sentence (it only mentions the
operation), an operation no registration comment names, a block with fewer than two commented registrations, and a
section not titled as parameters."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from .blocks import Document, Section
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_COMMENT = re.compile(r"^\s*(?://|#|--)\s*(?P<line>\S.*?)\s*$")
_NAMED_ARGUMENT = re.compile(r"[A-Za-z_$][\w$]*\.(?P<name>[A-Za-z_]\w*)\s*\)\s*;?\s*$")
_TITLE = re.compile(r"(?i)\bparameters?\s*$")
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\(#(?P<anchor>[\w-]+)\)")
_QUERY_WORD = re.compile(r"(?i)\bquery\b")
_BODY_WORD = re.compile(r"(?i)\b(?:body|payload)\b")
_BARE = re.compile(r"`?([A-Za-z_]\w*)`?")
_OPENER = re.compile(r"^`([A-Za-z_]\w*)`\s")


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _named_routes(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> dict[str, Endpoint]:
    """Operation name -> endpoint, from code blocks of commented route registrations."""
    named: dict[str, Endpoint] = {}
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "code"):
        lines = [line for line in block.text.splitlines() if line.strip()]
        found: dict[str, Endpoint] = {}
        for comment, call in itertools.pairwise(lines):
            stated = request_lines(m["line"]) if (m := _COMMENT.match(comment)) else []
            argument = _NAMED_ARGUMENT.search(call)
            if len(stated) != 1 or argument is None or stated[0][0] != 0:
                continue
            _, method, target = stated[0]
            endpoint = endpoints.get((method, path_key(split_target(target).path)))
            if endpoint is not None:
                found[_key(argument["name"])] = endpoint
        if len(found) >= 2:
            named.update(found)
    return named


def _placed(text: str, named: dict[str, Endpoint]) -> list[tuple[Endpoint, str]]:
    """(endpoint, location) for each operation link whose sentence says where the parameters go."""
    placed = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        start = 0
        for link in _LINK.finditer(sentence):
            lead, start = sentence[start : link.start()], link.end()
            operation = re.sub(r"(?i)\s+operations?$", "", link["text"].strip())
            endpoint = named.get(_key(link["anchor"])) or named.get(_key(operation))
            location = "query" if _QUERY_WORD.search(lead) else "body" if _BODY_WORD.search(lead) else ""
            if endpoint is not None and location:
                placed.append((endpoint, location))
    return placed


def _parameter_names(sections: list[Section], index: int) -> list[str]:
    """Bare-name titles of the subsections under `sections[index]`, else the code span its first paragraph opens."""
    names, level = [], sections[index].level
    for section in sections[index + 1 :]:
        if section.level <= level:
            break
        if bare := _BARE.fullmatch(section.title.strip()):
            names.append(bare[1])
    if names:
        return names
    first = next((b for b in sections[index].blocks if b.kind == "text"), None)
    opener = _OPENER.match(first.text.strip()) if first is not None else None
    return [opener[1]] if opener else []


def operation_parameter_sections(
    doc: Document, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each parameter a parameters section gives the operations it links."""
    named = _named_routes(doc, endpoints)
    if not named:
        return
    for index, section in enumerate(doc.sections):
        if not _TITLE.search(section.title):
            continue
        text = " ".join(b.text for b in section.blocks if b.kind == "text")
        placed = _placed(text, named)
        for name in _parameter_names(doc.sections, index) if placed else ():
            for endpoint, location in placed:
                if location == "body" and endpoint.method not in ("POST", "PUT", "PATCH"):
                    continue
                yield endpoint, Param(name, location, section.where, False, origin="prose")


__all__ = ["operation_parameter_sections"]
