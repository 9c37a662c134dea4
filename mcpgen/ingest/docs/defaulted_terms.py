"""A list item that opens with a coded name and its default: "`width` defaults to `1000` - specifies viewport
width.", "`mobile` defaults to `false`. Enable by passing `?mobile`".

In a list of options, a name whose default the item states first, before its meaning, is an input the caller may
leave out: written "`width` (default `1000`) - specifies viewport width", as `params.from_list` reads a term with a
parenthesis of facts and a separator, it is read as an optional parameter with that default. Only the item's own
name as its subject is read: "the `format` defaults to `json`" (an article first) or "`width` is 1000 by default
unless ..." are left as they are."""

from __future__ import annotations

import re

_DEFAULTED_TERM = re.compile(
    r"^`(?P<name>[A-Za-z_][\w.-]*)`\s+defaults\s+to\s+(?P<value>`[^`\n]+`|[\w+-]+(?:\.\d+)?)"
    r"(?:\s*[.;,]\s+|\s+[-\u2013\u2014:]\s+|\s*\.?\s*$)"
)


def defaulted_term_as_dash(item: str) -> str:
    """`item` with a leading "`name` defaults to `x`. text" written "`name` (default `x`) - text"; else unchanged."""
    match = _DEFAULTED_TERM.match(item)
    if match is None:
        return item
    return f"`{match['name']}` (default {match['value']}) - {item[match.end() :]}"


__all__ = ["defaulted_term_as_dash"]
