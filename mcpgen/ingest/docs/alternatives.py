"""List items that name several fields at once: "`card` or `iban` or `wallet` - How the order is paid",
"`lat`, `lon` - Coordinates of the place". Each name in code, joined by "or", "and" or commas before the item's
separator, is a field of its own with the description they share (alternative fields, or fields described
together), as the page would have written one item each. An ampersand is "and" written short ("`limit` &
`offset`: Pagination": two fields).

Names joined by "and" may also be the subject of a sentence that describes them, with no separator: "`height`
and `width` are integer values (required)." The plural "are" says the sentence is about each of them, so each is
a field described so ("`height`: are integer values (required)."), its marks (required) its own. Only "are"
right after the names, then a type ("are integer values", "are floating point numbers") or a mark in parentheses
("(required)", "(optional)") is read: "`a` and `b` together select ...", "`a`, `b` and `c` are not part of the
request schema", "... are deprecated" (sentences of another shape, or about no field of the request) are left
alone."""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_JOINED = re.compile(
    rf"^(?P<names>{_NAME}(?:\s*(?:,\s*(?:or\s+|and\s+|&\s*)?|or\s+|and\s+|&\s*){_NAME})+)"
    r"\s*(?P<rest>(?::|-|\u2013|\u2014)\s.*)$",
    re.S,
)


_BOTH_ARE = re.compile(rf"^(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s+(?P<rest>are\s+\w.*)$", re.S)
_DESCRIBED_FIELD = re.compile(
    r"(?i)^are\s+(?:(?:an?|the)\s+)?(?:integers?|int|floats?|floating[- ]point|numbers?|numeric|strings?|booleans?"
    r"|arrays?|lists?|objects?)\b|\((?:required|optional)\)"
)


def separate_items(items: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """`items` with each item that names several fields written as one item per field."""
    found: list[tuple[str, str]] = []
    for term, item in items:
        both = _BOTH_ARE.match(item.strip())
        if both and _DESCRIBED_FIELD.search(both["rest"]):  # "`height` and `width` are integer values (required)."
            found.extend((term, f"{name}: {both['rest']}") for name in re.findall(_NAME, both["names"]))
            continue
        match = _JOINED.match(item.strip())
        if match is None:
            found.append((term, item))
            continue
        found.extend((term, f"{name} {match['rest']}") for name in re.findall(_NAME, match["names"]))
    return found
