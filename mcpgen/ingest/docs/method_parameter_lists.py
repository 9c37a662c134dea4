"""A list of parameters under a label naming the method of the requests that take them, in a section stating the
one route by several methods:

    Valid GET parameters:

    * ``page``: which page of results to fetch, by default 1.
    * ``ordering``: order in which to return the indexes.

A label paragraph of its own ending in a colon that names one method and calls what follows its parameters
("Valid GET parameters:", "POST parameters:", "``POST`` requests should have the following parameters:") says
the list is that method's: a GET's are in its query, another method's in its body. They belong to the section's
endpoint of that method alone, never to its others (the section's POST, DELETE). A label naming two methods, or
none, and a list whose items do not lead with a name in code, are left to the other rules; the items nested under
one ("Valid choices are:" over ``bm25``, ``none``) are its values, not parameters. (`key_lines` reads the same
label over a code block of `name: value` lines.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Section
from .params import Param, from_list
from .requests import METHODS

_METHOD = "|".join(METHODS)
_LABEL = re.compile(
    rf"(?i)^\s*(?:(?:valid|accepted|supported|available|optional|allowed)\s+)?`*(?P<method>{_METHOD})`*\s+(?:"
    r"(?:request\s+)?(?:query\s+)?|requests?\s+(?:should|must|can|may)\s+(?:have|take|send|include)\s+"
    r"the\s+following\s+)(?:parameters|params|arguments|fields)\s*:\s*$"
)


def method_parameter_lists(section: Section) -> list[tuple[str, Param]]:
    """(method, parameter) for each item of a list right after a label paragraph naming one method's parameters."""
    found: list[tuple[str, Param]] = []
    for before, block in zip(section.blocks, section.blocks[1:], strict=False):
        if before.kind != "text" or block.kind != "list" or (label := _LABEL.match(before.text)) is None:
            continue
        method = label["method"].upper()
        location = "query" if method in ("GET", "HEAD", "DELETE") else "body"
        top = min(len(term) for term, _ in block.items) if block.items else 0
        items = [(term, text) for term, text in block.items if len(term) == top]  # (`bm25` under `ranking`: a value)
        listed = from_list(replace(block, items=items), location, labelled=True)
        kept = [p for p in listed if p.location in ("", location)]
        found += [(method, replace(p, location=location, origin="list")) for p in kept]
    return found
