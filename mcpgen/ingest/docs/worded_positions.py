"""Path positions a document fills with names of sub-routes (`/orders/open`, `/orders/closed`, `/orders/cancel`).

Where the routes a document shows put two or more plain words after one collection, that position names routes of
their own, each written out. One odd value shown there once (`/orders/a1b2c3d4e5`, beside `/orders/open` and
`/orders/closed`) is one more of the document's routes as written: nothing shows it varying, and the place it sits
in is one the document fills with names, not a member's id. (Two values shown there, or one value after a collection
with no named sub-routes, `/groups/data301/users` beside `GET /groups`, still read as a member: `templating`.)"""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-z]+(?:[_-][a-z]+)*")


def worded_positions(paths: set[str]) -> set[tuple[str, ...]]:
    """The path prefixes (as segment tuples, `("", "orders")`) after which the paths put two or more plain words."""
    words: dict[tuple[str, ...], set[str]] = {}
    for path in paths:
        segments = path.split("/")
        for i in range(2, len(segments)):
            if _WORD.fullmatch(segments[i]):
                words.setdefault(tuple(segments[:i]), set()).add(segments[i])
    return {prefix for prefix, names in words.items() if len(names) >= 2}


__all__ = ["worded_positions"]
