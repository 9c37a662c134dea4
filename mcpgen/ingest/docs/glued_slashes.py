"""A route written once with a placeholder glued to the segment before it (`/v1/accounts{:address}/orders`)
where the same document states it, with the same method, with the slash (`/v1/accounts/{:address}/orders`):
a slip of the pen in one of its spellings, most often an index's link text, not a route of its own."""

from __future__ import annotations

import re

from .mention import Mention
from .requests import path_key

_GLUED = re.compile(r"(?<=[^/])\{\}")


def drop_glued_spellings(mentions: list[list[Mention]]) -> None:
    """Leave out each mention whose path, with a slash put before every glued placeholder, is a route another
    mention of the document states with the same method; a glued placeholder no slashed spelling matches
    (`/files{.format}`, `/v1/{name}:cancel`'s kin) is left as the document writes it."""
    keys = {(m.method, path_key(m.target.path)) for found in mentions for m in found}
    for found in mentions:
        found[:] = [m for m in found if not _misspelt(m, keys)]


def _misspelt(mention: Mention, keys: set[tuple[str, str]]) -> bool:
    key = path_key(mention.target.path)
    slashed = _GLUED.sub("/{}", key)
    return slashed != key and (mention.method, slashed) in keys
