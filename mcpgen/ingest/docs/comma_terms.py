"""A list item that names its parameter in code and sets the name off with a comma, its type in a parenthesis
between two commas:

    - ``title``, Set a title on the plot.
    - ``N``, (int), the number of data points in the graph.
    - ``width``, (int), Defaults to ``800``.  Sets the width of the plot in pixels.

Some authors write an option list as they would speak it, "name, (type), what it does", instead of with a colon or
a dash. A coded name, a comma, then an optional parenthesis and a comma, then prose is the same statement as
`` `name` (type) - text ``: it is rewritten so, and the list is read as any other (it must still read as a list
of parameters: mostly coded names, or a label calling it one). Left alone: a comma after which comes another coded
name (`` `a`, `b` `` lists names, or values), and a comma after a name that is not in code (a sentence's "First,
you can ...").
"""

from __future__ import annotations

import re

_COMMA_TERM = re.compile(r"^`(?P<name>[A-Za-z_][\w.-]*)`,\s*(?:(?P<paren>\([^()`]*\)),\s*)?(?=[^\s`,])")


def comma_term_as_dash(item: str) -> str:
    """`item` with a leading "`name`, (type), text" written "`name` (type) - text"; else `item` unchanged."""
    match = _COMMA_TERM.match(item)
    if match is None:
        return item
    paren = f" {match['paren']}" if match["paren"] else ""
    return f"`{match['name']}`{paren} - {item[match.end() :]}"


__all__ = ["comma_term_as_dash"]
