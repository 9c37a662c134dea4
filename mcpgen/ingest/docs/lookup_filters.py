"""Filters stated as lookups over field names, Django's `field__lookup` convention:

    Available parameters:

    startswith
        fields: ``name, barcode``

    exact
        fields: ``name, barcode, type``

or as a nested list (`- startswith` over `- fields ``name, email```). Each term is a lookup of Django's query
language (`exact`, `startswith`, `icontains`, `gte`, `in`, ...), and its definition names the fields it applies
to. The frameworks built on the ORM (tastypie's `filtering`, django-filter) take such a filter as the query
parameter `field__lookup` (`name__startswith=...`), and the `exact` lookup as the bare field name (`name=...`):
each (lookup, field) pair is one optional query parameter of the GET the section describes. The lookup words
themselves are no parameters (a definition list read as parameters would take `startswith` for one): they are
taken back from that GET when a rule took them so.

Read only where every term of the list is a lookup and every definition is a list of fields ("fields:" then
names): a definition list of ordinary parameters, or lookups whose definitions are example URLs, give nothing.
The GET is the one route a resource card in the same section states (its link), else the section's own endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Section
from .endpoint import Endpoint
from .mention import Mention, endpoint_key
from .params import Param, valid_name

LOOKUPS = frozenset(
    {"exact", "iexact", "contains", "icontains", "in", "gt", "gte", "lt", "lte", "startswith", "istartswith"}
    | {"endswith", "iendswith", "range", "isnull", "regex", "iregex", "date", "year", "month", "day", "week_day"}
)
"""Django's field lookups (the ones a filter over a field's value is written with)."""
_FIELDS = re.compile(r"(?i)^fields?\s*:?\s*(?P<names>`*[A-Za-z_][\w]*`*(?:\s*,\s*`*[A-Za-z_][\w]*`*)*)\s*\.?$")


def _names(definition: str) -> list[str] | None:
    match = _FIELDS.match(definition.strip())
    if match is None:
        return None
    names = [name.strip(" `") for name in match["names"].split(",")]
    return names if all(valid_name(name) for name in names) else None


def _pairs(block: Block) -> list[tuple[str, list[str]]] | None:
    """(lookup, fields) for each term of a lookup list; None when the block is no such list."""
    pairs: list[tuple[str, list[str]]] = []
    if block.kind == "deflist":
        for term, definition in block.items:
            names = _names(definition)
            if term.strip().lower() not in LOOKUPS or names is None:
                return None
            pairs.append((term.strip().lower(), names))
    elif block.kind == "list":
        for (term, text), (nested, under) in zip(block.items[::2], block.items[1::2], strict=False):
            names = _names(under)
            if term or not nested or text.strip().lower() not in LOOKUPS or names is None:
                return None
            pairs.append((text.strip().lower(), names))
        if len(block.items) % 2:
            return None
    return pairs or None


def lookup_filters(
    sections: list[Section],
    owners: list[tuple[str, str] | None],
    endpoints: dict[tuple[str, str], Endpoint],
    stated: list[Mention],
) -> Iterator[tuple[Endpoint, Param]]:
    """(the section's GET, a `field__lookup` query parameter) for each pair a lookup list states (see the module);
    the lookup words a rule took as that GET's parameters are taken back."""
    routes = {m.where.line: endpoint_key(m) for m in stated}
    for section, owner in zip(sections, owners, strict=False):
        lines = [b.where.line for b in section.blocks]
        own = [routes[line] for line in lines if line in routes and routes[line][0] == "GET"]
        key = (own[0] if len(set(own)) == 1 else None) if own else owner
        endpoint = endpoints.get(key) if key is not None and key[0] == "GET" else None
        if endpoint is None:
            continue
        for block in section.blocks:
            pairs = _pairs(block)
            for lookup, names in pairs or []:
                for place in ("query", ""):  # "" : a location the section left to be settled
                    taken = endpoint.params.get((lookup, place))
                    if taken is not None and taken.origin == "definition list":
                        del endpoint.params[(lookup, place)]
                for name in names:
                    full = name if lookup == "exact" else f"{name}__{lookup}"
                    yield endpoint, Param(full, "query", block.where, False, origin="definition list")


__all__ = ["LOOKUPS", "lookup_filters"]
