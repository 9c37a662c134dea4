"""Names written alone in a parameter list: a list whose items are `` `name` - what it does `` also holds items
that are only a `code` name (`` `batch` ``), or two names offered as alternatives (`` `module_id` or
`module_build` ``). They are parameters the page gives no description for, in the same list and style as
the others, so they are read as such when the list already reads as parameters by its described items.

A list a label calls parameters may also mark each name's obligation after a colon and leave it off where there is
none to state (`unmarked_names`):

    <b>Parameters: </b>
      * username: Required
      * password
      * access

The marked items make it a list of names with their marks, so an item that is a plain name alone (`password`) is a
parameter the list marks nothing of: one the caller may leave out. Read only in a list a label calls parameters,
beside at least one item whose description is only such a mark (`Required`, `Optional`, `Mandatory`, perhaps
followed by what the value is), and for items that are one name and nothing else; a nested item is a member or a
value of its parent and is left alone."""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_ALONE = re.compile(rf"{_NAME}(?::?\s+or\s+{_NAME}|,\s*{_NAME})*")
"""A name alone, or names offered as alternatives (`a` or `b`; `a`, `b`); the colon is the one a labelled
list's reading puts after a leading `code` name (`` `a`: or `b` ``)."""

MIN_DESCRIBED = 2
"""Described items the list must have for its bare names to be read as parameters of the same kind."""


def bare_names(items: tuple[tuple[str, str], ...], described: int) -> list[str]:
    """The names that top-level items of a parameter list state alone (nested items are a parameter's members
    or values); `described` is how many of its items were read as parameters with a description."""
    if described < MIN_DESCRIBED:
        return []
    names: list[str] = []
    for term, text in items:
        if term or not _ALONE.fullmatch(text.strip()):
            continue
        names += [name.strip("`") for name in re.findall(_NAME, text)]
    return list(dict.fromkeys(names))


_MARK = re.compile(r"(?i)(?:required|optional|mandatory)\b(?:\s*[-\u2013\u2014.,:(].*)?")
_PLAIN = re.compile(r"[A-Za-z_][\w.-]*")


def unmarked_names(items: tuple[tuple[str, str], ...], descriptions: list[str]) -> list[str]:
    """The plain names that top-level items of a labelled parameter list state alone, where `descriptions` (those
    of the items read as parameters) include one that is only an obligation mark (see the module)."""
    if not any(_MARK.fullmatch(text.strip("*_ ")) for text in descriptions):
        return []
    return list(dict.fromkeys(text.strip() for term, text in items if not term and _PLAIN.fullmatch(text.strip())))
