"""A table of the elements an options table's values are made of, in the sixty-second registry batch
(benchmarks/docs/registry_truth): an `| Option | Values |` table writes `timestamps` as `{timestamp};{timestamp}[;...]`
and `radiuses` as `{radius};{radius}[;...]`, then a second table `| Parameter | Values |` defines `timestamp`
(`integer` UNIX-like timestamp) and `radius` (`double >= 0`). The second table's names are the placeholders of the
first one's values: it says what one element of an option looks like, and names no parameter of its own. A table
whose names are not all such placeholders (further options, listed in two tables) is read as before."""

from __future__ import annotations

import re

from .blocks import Block

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w-]*)\}")


def element_table(block: Block, before: list[Block]) -> bool:
    """`block`, a table, names only placeholders the value cells of a table before it in its section write."""
    if block.kind != "table" or len(block.rows) < 2:
        return False
    names = [re.sub(r"[`*]", "", row[0]).strip() for row in block.rows[1:] if row]
    if not names or not all(names):
        return False
    written: set[str] = set()
    for other in (b for b in before if b.kind == "table"):
        for row in other.rows[1:]:
            first = re.sub(r"[`*]", "", row[0]).strip() if row else ""
            written.update(n for cell in row[1:] for n in _PLACEHOLDER.findall(cell) if n != first)
    return all(name in written for name in names)
