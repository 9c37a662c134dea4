"""A document that keeps its example values as written: a route under a concrete item of another collection.

`instances_of_one_route` makes one value after a collection route a placeholder (`GET /groups` beside
`curl .../groups/data301/users`: `{group}`). Where the path above that value already passes through an item the
document writes as a plain word and states as a route of its own (`GET /tables`, `GET /tables/research_papers`,
then `POST /tables/research_papers/data` and `GET /tables/research_papers/data/paper_001`), the document writes
its items concretely: it never makes `research_papers` a placeholder, and a reader does not make one of the
record beneath it either, or the route would be half example, half template (`/tables/research_papers/data/{id}`).
Values that differ across requests at one place are still one placeholder (that rule needs no collection route).
"""

from __future__ import annotations

import re


def under_literal_item(prefix: tuple[str, ...], routes: set[str]) -> bool:
    """`prefix` (`('', 'tables', 'research_papers', 'data')`) passes through a plain-word item of a collection,
    both stated as routes (`/tables`, `/tables/research_papers`). The item is a name joined from words, as a user
    names what they create; a single word there (`/users/me`, `/jobs/search`) names a route of its own."""
    for j in range(2, len(prefix)):
        word = prefix[j]
        if not re.fullmatch(r"[a-z]+(?:[_-][a-z]+)+", word):  # a name made of words, `research_papers`
            continue
        if "/".join(prefix[:j]) in routes and "/".join(prefix[: j + 1]) in routes:
            return True
    return False
