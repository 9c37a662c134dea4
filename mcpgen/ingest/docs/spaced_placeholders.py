"""Angle placeholders written with a space inside an unquoted curl URL.

Documentation names the value a reader fills in by words between angle brackets, and a name of two words is
written as it is spoken: `curl http://host/site/@booking/<booking UID> -H 'Accept: application/json'`. A shell
would split the URL at the space (and read `<` as a redirection), but the writer means one placeholder, one path
segment of the path: the word that opens `<` without closing it and the next word that closes it with `>` are one word
again. Only a closing word that is a name (`UID>`, `id>`) joins, so a real redirection (`< file.json`, `> out`)
and words after a complete placeholder stay as the shell reads them."""

from __future__ import annotations

import re

_OPEN = re.compile(r"^[^?#\s]*<[A-Za-z_][\w.-]*$")
"""A URL ending in an unclosed placeholder in its path: `http://host/@booking/<booking` (a value in a query,
`?uid=<booking`, is the query's, read as it was)."""
_CLOSE = re.compile(r"[A-Za-z_][\w.-]*>(?:[/?#&][^\s<>]*)?")
"""The next word closing it with a name, maybe followed by the rest of the URL: `UID>`, `id>/items`."""


def joined_placeholders(words: list[str]) -> list[str]:
    """`words` of a curl command with each placeholder the shell split at a space made one word again."""
    joined: list[str] = []
    for word in words:
        if joined and _OPEN.search(joined[-1]) and _CLOSE.fullmatch(word):
            joined[-1] = f"{joined[-1]} {word}"
        else:
            joined.append(word)
    return joined
