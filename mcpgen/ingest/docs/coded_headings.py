"""A parameter reference written one heading each, every heading the parameter's name in code:

    CDX API
    =======
    By default, the api endpoint is available at ``/<coll>/cdx``.

    API Reference
    -------------
    ``url``
    ^^^^^^^
    The only required parameter is the url, ex: ``/coll/cdx?url=example.com``
    ``from, to``
    ^^^^^^^^^^^^
    Setting ``from=<ts>`` or ``to=<ts>`` restricts the results ...
    ``showNumPages=true``
    ~~~~~~~~~~~~~~~~~~~~~
    A special query which returns the number of pages ...

Such headings (a name, several names joined by commas, or a name with the value it is set to) under the
section of one endpoint are that endpoint's parameters: the page describes one request and titles each of
its arguments. Its required flag is what the section's first paragraph says ("The only required parameter",
"an optional parameter"). Read only where three or more headings of the section of one endpoint are such
names, so that a lone coded heading (a field, a function) under a route is not taken for one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param, required_from, valid_name

_CODED_NAMES = re.compile(r"^`(?P<names>[A-Za-z_][\w.-]*(?:\s*,\s*[A-Za-z_][\w.-]*)*)(?:=[^`\s]*)?`$")

_SAID = re.compile(r"(?i)\b(?P<said>required|optional|mandatory)\s+(?:param(?:eter)?|argument|field|option)s?\b")
""""The only required parameter ... is the url", "`pageSize` is an optional parameter": the heading's flag."""


def _names(title: str) -> list[str]:
    match = _CODED_NAMES.match(title.strip())
    names = [n.strip() for n in match["names"].split(",")] if match else []
    return names if all(valid_name(n) for n in names) else []


def coded_heading_params(
    sections: list[Section],
    keys: list[list[tuple[str, str]]],
    owners: list[tuple[str, str] | None],
    endpoints: dict[tuple[str, str], Endpoint],
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, parameter) for each coded-name heading in the sections one endpoint owns (`owners`, the
    endpoint a section or the nearest enclosing one describes), where the section names no route of its own."""
    under: dict[tuple[str, str], list[tuple[Section, list[str]]]] = {}
    for section, names_of, owner, own in zip(
        sections, map(_names, (s.title for s in sections)), owners, keys, strict=True
    ):
        if names_of and not own and owner is not None and owner in endpoints:  # the section names no route itself
            under.setdefault(owner, []).append((section, names_of))
    for key, headed in under.items():
        if len(headed) < 3:
            continue
        for section, names in headed:
            first = next((b.text for b in section.blocks if b.kind == "text"), "")
            sentence = re.split(r"(?<=[.!?])\s+", first.strip())[0]
            said = _SAID.search(sentence)
            required = (
                (said["said"].lower() != "optional" if said else required_from(sentence)) if len(names) == 1 else None
            )
            for name in names:
                yield endpoints[key], Param(name, "", section.where, required, origin="heading")


__all__ = ["coded_heading_params"]
