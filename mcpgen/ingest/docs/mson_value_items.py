"""API Blueprint's (MSON) facts nested under a parameter item: its default value and its allowed values.

    + Parameters
        + sort: `joined` (string, optional) - Which field to sort by
            + Default: `name`
            + Members
                + `name`
                + `-joined`
        + limit: `25` (integer, optional) - The maximum number of users to return
            + Default: `10`

An item nested deeper than a parameter's own and reading `Default: value` (or `Sample: value`) gives that
parameter's default, and a `Members` item nested so lists its values one per deeper item; neither is a parameter of
its own. Only an item deeper than the parameter before it counts: a `Default: ...` item at the parameters' own
depth is left to be read as the list writes it, as are nested items under anything else."""

from __future__ import annotations

import re

_FACT = re.compile(r"^(?P<label>Default|Sample)\s*:\s*[`*]*(?P<value>[^`*]*?)[`*]*\s*$")
_MEMBERS = re.compile(r"^(?:Members|Enum)\s*:?$")
_VALUE = re.compile(r"^[`*]*(?P<value>[^`*\s]+)[`*]*(?:\s+-\s.*)?$")


def mson_facts(items: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], dict[int, tuple[str | None, list[str]]]]:
    """`items` without the MSON facts nested under a parameter item, and for the index (in the items kept) of each
    parameter item with some, its default (None if not stated) and its members."""
    kept: list[tuple[str, str]] = []
    facts: dict[int, tuple[str | None, list[str]]] = {}
    owner: tuple[int, int] | None = None  # (index kept, depth) of the last item facts may nest under
    members: int | None = None  # the depth of the `Members` item whose values follow
    for term, text in items:
        depth, item = len(term), text.strip()
        if owner is not None and depth > owner[1]:
            default, values = facts.get(owner[0], (None, []))
            if members is not None and depth > members:
                if value := _VALUE.match(item):
                    facts[owner[0]] = (default, [*values, value["value"]])
                continue
            members = None
            if fact := _FACT.match(item):
                facts[owner[0]] = (fact["value"] if fact["label"] == "Default" else default, values)
                continue
            if _MEMBERS.match(item):
                members = depth
                facts.setdefault(owner[0], (default, values))
                continue
        members = None
        owner = (len(kept), depth)
        kept.append((term, text))
    return kept, facts
