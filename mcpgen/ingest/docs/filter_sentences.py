"""Filters named in a sentence: "The project list can be filtered by ``name``, ``uuid``, and ``is_archived``
fields." A list route that can be filtered by fields named in code takes each as a query parameter of that name
(not required): a filter of a list is sent in the query. Only a statement that it can be (a label such as
"Filtering by `id`:" introduces an example whose query may use other names)."""

from __future__ import annotations

import re

_NAME = r"`[A-Za-z_][\w.-]*`"
_FILTERED_BY = re.compile(
    rf"\b(?i:(?:can|may)\s+(?:also\s+)?be\s+(?:filtered|narrowed)|is\s+filterable)\s+(?:by|on|using)\s+(?:the\s+)?"
    rf"(?P<names>{_NAME}(?:\s*,\s*(?:and\s+|or\s+)?{_NAME}|\s+(?:and|or)\s+{_NAME})*)"
)


def filter_names(text: str) -> list[str]:
    """The `code` names a sentence of `text` says the list can be filtered by."""
    names: list[str] = []
    for match in _FILTERED_BY.finditer(text):
        names += [name.strip("`") for name in re.findall(_NAME, match["names"])]
    return list(dict.fromkeys(names))
