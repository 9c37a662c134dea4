"""List items that name several fields at once: "`card` or `iban` or `wallet` - How the order is paid",
"`lat`, `lon` - Coordinates of the place". Each name in code, joined by "or", "and" or commas before the item's
separator, is a field of its own with the description they share (alternative fields, or fields described
together), as the page would have written one item each."""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_JOINED = re.compile(
    rf"^(?P<names>{_NAME}(?:\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+){_NAME})+)"
    r"\s*(?P<rest>(?::|-|\u2013|\u2014)\s.*)$",
    re.S,
)


def separate_items(items: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """`items` with each item that names several fields written as one item per field."""
    found: list[tuple[str, str]] = []
    for term, item in items:
        match = _JOINED.match(item.strip())
        if match is None:
            found.append((term, item))
            continue
        found.extend((term, f"{name} {match['rest']}") for name in re.findall(_NAME, match["names"]))
    return found
