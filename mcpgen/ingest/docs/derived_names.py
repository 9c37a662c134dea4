"""Names a document builds from a name it keeps: its requests work on one item named in plain words
(`.../mapsets/main_area/info`) and, further on, run the same calls on copies whose names append a suffix to it
(`.../mapsets/main_area_tmp1/processing_async`, `..._tmp2/...`), as a guide does when its shell examples write
`${item_url}_tmp1`. The suffixed names are not ids the document elides for a placeholder: they are spelled from the
plain name the document uses literally at the same place, so they stay literal too (the same route on another
item the reader made), however much they look like generated ids once a digit is appended.

A value counts as derived when another request shows, after the same segments, the value without a trailing part
that a separator (`_`, `-`, `.`) begins, and that shorter value is a plain word with no digit (a name, not an id).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention

_PLAIN = re.compile(r"[A-Za-z][A-Za-z_-]*[A-Za-z]")


def derived_names(examples: list[Mention]) -> set[tuple[tuple[str, ...], str]]:
    """(segments before, value) for each value the `examples` show that extends a plain name shown at the same
    place with a separated suffix."""
    shown: dict[tuple[str, ...], set[str]] = {}
    for m in examples:
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments[2:], start=2):
            shown.setdefault(tuple(segments[:i]), set()).add(segment)
    return {
        (place, value)
        for place, values in shown.items()
        for value in values
        if any(
            _PLAIN.fullmatch(name) and value.startswith(name) and value[len(name) : len(name) + 1] in ("_", "-", ".")
            for name in values
            if name != value
        )
    }
