"""One route written twice, once with its variable segments as plain words and once with braces:

    It can then serve tiles from those databases at the following URL:

        /-/tiles/db-name/zoom/x/y.png

    For the 0-at-the-top system, use the following URL:

        /-/tiles/database-name/{z}/{x}/{y}.png

A page that writes no method and states its routes as bare paths may spell a route first in words a reader fills
in (`db-name`, `zoom`, `x`, `y`), then again with its placeholders braced. The two are one route when they have
as many segments, agree on every segment both write as a word except at most one, and every other difference is a
plain word where the braced spelling has a placeholder (`zoom` for `{z}`, `y.png` for `{y}.png`), two such words
at least: one word where a route has a placeholder (`/things/find` beside `/things/{name}`) is a sibling route.
The one segment where both write different words is a value too when the words name one thing alike, phrases
ending in the same word (`db-name`, `database-name`): the page's two names for it. Different words (`tiles`,
`images`) are different routes. So the route is the braced spelling with that segment braced
(`/-/tiles/{database-name}/{z}/{x}/{y}.png`), and each of those names is a placeholder wherever the page writes
it as a whole segment after the first (`/-/tiles-tms/database-name/{z}/{x}/{y}.png`, "found at `/-/tiles/db-name`").

Read only on a page where every route is stated without a method (inferred): on a page that writes methods, a
concrete path beside a template (`/faultlist/size` beside `/faultlist/{id}`) is an example or a route of its own,
which the rules for examples decide.
"""

from __future__ import annotations

import re

from .mention import Mention

_HOLE = re.compile(r"(?P<before>[^{}]*)\{[^{}]+\}(?P<after>[^{}]*)")
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _named_alike(word: str, other: str) -> bool:
    """Two names of one value: words of several parts ending with the same one (`db-name`, `database-name`)."""
    parts, others = re.split(r"[-_]", word), re.split(r"[-_]", other)
    return (
        bool(_WORD.fullmatch(word) and _WORD.fullmatch(other))
        and len(parts) > 1 < len(others)
        and (parts[-1].lower() == others[-1].lower())
    )


def _aligned(words: list[str], braced: list[str]) -> list[int] | None:
    """The positions where both spellings write different words, when `words` restates `braced` (see the module
    docstring); None when they are not one route."""
    if len(words) != len(braced) or len(words) < 3 or words[1] != braced[1]:
        return None
    both, held = [], 0
    for index, (word, part) in enumerate(zip(words, braced, strict=True)):
        if word == part:
            continue
        hole = _HOLE.fullmatch(part)
        if hole is not None:
            middle = word[len(hole["before"]) : len(word) - len(hole["after"]) or None]
            fits = word.startswith(hole["before"]) and word.endswith(hole["after"]) and _WORD.fullmatch(middle)
            if not fits:
                return None
            held += 1
        elif "{" not in part and _named_alike(word, part):
            both.append(index)
        else:
            return None
    return both if held >= 2 and len(both) <= 1 else None  # (one word for one placeholder: a sibling route)


def restated_routes(mentions: list[list[Mention]]) -> None:
    """Give a route written in words its braced spelling, and brace the names found for its variable segments
    wherever the page writes them (see the module docstring)."""
    found = [m for ms in mentions for m in ms]
    if not all(m.inferred for m in found):
        return  # a page that writes methods: its concrete paths are examples of its templates (`templating.py`)
    braced = sorted({m.target.path for m in found if "{" in m.target.path})
    names: set[str] = set()
    for mention in (m for m in found if m.inferred and "{" not in m.target.path):
        words = mention.target.path.split("/")
        fits = [(path, both) for path in braced if (both := _aligned(words, path.split("/"))) is not None]
        if len(fits) != 1:
            continue
        path, both = fits[0]
        parts = path.split("/")
        for index in both:
            names.update((words[index], parts[index]))
            parts[index] = "{" + parts[index] + "}"
        mention.target.path = "/".join(parts)
    if not names:
        return
    for mention in found:
        parts = mention.target.path.split("/")
        parts[2:] = ["{" + p + "}" if p in names else p for p in parts[2:]]
        mention.target.path = "/".join(parts)
