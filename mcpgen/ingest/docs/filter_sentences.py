"""Filters named in a sentence: "The project list can be filtered by ``name``, ``uuid``, and ``is_archived``
fields." A list route that can be filtered by fields named in code takes each as a query parameter of that name
(not required): a filter of a list is sent in the query. Only a statement that it can be (a label such as
"Filtering by `id`:" introduces an example whose query may use other names).

The same said to the reader in a page's own options section, of no route: "You can filter by ``user``, ``package``
and ``topic`` (as well as ``not_user``, etc..)." in a section that states no request and lies in no route's
section is said of the page's requests: each GET of the document whose path holds no placeholder (a list or a
family of reads, what a filter narrows; not `/items/{id}`) takes every coded name of the sentence in its query, not
required. Left alone: such a sentence inside a route's section (read as that route's prose), one whose verb is not
"filter" ("you can sort by `name`"), and names of a page that states no GET."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .further_options import under_route
from .params import Param, valid_name

if TYPE_CHECKING:
    from .blocks import Section
    from .endpoint import Endpoint
    from .mention import Mention

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


_YOU_FILTER = re.compile(r"(?i)\byou\s+(?:can|may)\s+(?:also\s+)?filter\s+(?:\w+\s+){0,2}?(?:by|on)\s+(?=`)")
_SENTENCE_END = re.compile(r"(?<![.])[.!?](?=\s+[A-Z]|\s*$)")


def page_filters(
    file: str,
    sections: list[Section],
    mentions: list[list[Mention]],
    owners: list[tuple[str, str] | None],
    endpoints: Iterable[Endpoint],
) -> Iterator[tuple[Endpoint, Param]]:
    """(a placeholder-free GET of the document `file`, a filter) for each coded name a "you can filter by" sentence
    of a route-less options section names (see the module)."""
    reads = [e for e in endpoints if e.where.file == file and e.method == "GET" and "{" not in e.path]
    for section, found, owner in zip(sections, mentions, owners, strict=True):
        if found or not reads or under_route(section, owner, sections, owners):
            continue
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _YOU_FILTER.finditer(block.text):
                rest = block.text[match.end() :]
                end = _SENTENCE_END.search(rest)
                names = re.findall(r"`([A-Za-z_][\w.-]*)`", rest[: end.start() if end else len(rest)])
                for name in dict.fromkeys(n for n in names if valid_name(n)):
                    for endpoint in reads:
                        yield endpoint, Param(name, "query", block.where, False, origin="prose")
