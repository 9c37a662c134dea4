"""Definition lists whose terms are request lines, each defined by the prose of its request:

    `(POST) /stores/{sid}/orders`
      Creates an order. The order is expected in a `spec` property.

A term that is nothing but a request line (`POST /stores/{sid}/orders`, in code or not) is the request the
definition under it describes, as a list item `POST /x - prose` is: the definition is read as that request's
prose (the names it says the request takes). A term with more than the request line ("GET /x returns the
list"), a term that is not a request, and a definition under such a term are left to the other readers.
"""

from __future__ import annotations

from .blocks import Block
from .requests import request_lines


def requests_defined(block: Block) -> tuple[tuple[str, str], ...]:
    """The items of a definition list whose term is a request line alone, each as one list item (`""`, the term
    and its definition), in order; () when none is."""
    found = []
    for term, definition in block.items:
        lines = request_lines(term)
        bare = term.strip("`* ")
        if len(lines) == 1 and lines[0][0] == 0 and bare == f"{lines[0][1]} {lines[0][2]}" and definition.strip():
            found.append(("", f"{term} {definition}"))
    return tuple(found)
