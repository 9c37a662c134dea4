"""Zope's form marshalling suffixes on query and form keys: `?upgrades:list=a&upgrades:list=b`, `size:int=3`,
`flag:boolean=1`. ZPublisher (Zope, Plone and the add-ons built on them) reads a key's
`:converter` suffix as the type or shape of the value it carries, so the key is written with it in every URL
and form of such an API, and the parameter is named as written (`upgrades:list`). Only Zope's own converter
words count: another colon in a key (`filter:name`, `a:b`) is no such suffix and leaves the key unread. A
`:record` / `:records` key (`created.query:record:list:date`, `created.range:record`) names one member of a
structured value built from several keys (a catalog query), not a parameter of its own: it is left unread too."""

from __future__ import annotations

CONVERTERS = (
    "list",
    "tuple",
    "int",
    "long",
    "float",
    "string",
    "text",
    "lines",
    "tokens",
    "boolean",
    "required",
    "default",
    "ignore_empty",
    "date",
    "date_international",
    "utf8",
    "ustring",
    "utext",
    "ulines",
    "utokens",
    "bytes",
)
SUFFIX = r"(?::(?:" + "|".join(sorted(CONVERTERS, key=len, reverse=True)) + r"))*"
"""Zero or more `:converter` suffixes (`:int:list`, `:list:record` are written too), as a regex fragment."""
