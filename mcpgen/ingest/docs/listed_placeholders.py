"""A route template stated in running text, its placeholder's values listed, and example requests filling it:

    Get the plugins list::
        # curl http://localhost:61208/api/4/pluginslist
        ["cpu", "mem", "load"]

    Get plugin stats::
        # curl http://localhost:61208/api/4/cpu
    Get plugin stats::
        # curl http://localhost:61208/api/4/mem
    Get a specific field::
        # curl http://localhost:61208/api/4/mem/total

    Note: Update is done automatically every time /all or /<plugin> is called.

The prose names the template (`/<plugin>`, `/processes/<pid>`: a path written with `<name>` segments, outside
any request line), and the document lists what the placeholder takes (a JSON list of strings). An example
request whose path opens with the template's literal segments and then one of the listed values is a call of the
template, not a route of its own: `/cpu` and `/mem` are both `/{plugin}`, `/mem/total` opens with `/{plugin}`
(its next segment then read by `_member_fields`: `/{plugin}/{field}`).
A template whose placeholder is its last segment (`/processes/<pid>`) also takes any value in a request of its
very length (`/processes/777`), the document showing that call with an example value. Only example requests
(curl commands, raw HTTP requests) are rewritten; a value the list does not hold (`/status`, `/pluginslist`)
or a literal the prose names beside the template (`/all or /<plugin>`) stays a route of its own.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key

_TEMPLATE = re.compile(r"(?<![\w/:.<>-])(/(?:[A-Za-z][\w.-]*/)*<[A-Za-z_]\w*>)(?![\w/<>])")
"""A path in prose that ends in a `<name>` placeholder, its other segments literal (`/<plugin>`, `/processes/<pid>`)."""
_LIST = re.compile(r'\[\s*"[^"\n]+"(?:\s*,\s*"[^"\n]+")+\s*\]')
_ITEM = re.compile(r'"([^"\n]+)"')
_LITERAL = re.compile(r"(?<![\w/:.<>-])/([A-Za-z][\w-]*)\s+or\s+/<")
"""A literal route the prose names beside a template (`/all or /<plugin>`): one of its own, not a value."""
MIN_LISTED = 3
MIN_VALUE = 3
_COUNTED = re.compile(r"\b([A-Za-z][\w-]+)\s+([A-Za-z])\b(?!\.)")
"""A word then a lone letter in a heading: a count the heading names (`top n items`)."""
_PLACEHOLDER = re.compile(r"\{[^{}]+\}")


def listed_placeholders(
    doc: Document, mentions: list[list[Mention]], owners: list[tuple[str, str] | None]
) -> list[tuple[str, str] | None]:
    """Rewrite example requests that fill a template stated in prose; the section owners, rewritten keys followed."""
    templates: set[str] = set()
    lists: list[set[str]] = []
    named: set[str] = set()
    for block in (b for s in doc.sections for b in s.blocks):
        if block.kind == "code":
            lists.extend(set(_ITEM.findall(found)) for found in _LIST.findall(block.text))
        elif block.kind in ("text", "list"):
            text = block.text if block.kind == "text" else " ".join(t for _, t in block.items)
            templates.update(_TEMPLATE.findall(text))
            named.update(_LITERAL.findall(text))
    if not templates:
        return owners
    examples = [m for found in mentions for m in found if m.kind in ("curl", "http")]
    before = {id(m): endpoint_key(m) for m in examples}
    shared = _shared_prefix([m.target.path.split("/") for m in examples])
    relative = {id(m): ["", *m.target.path.split("/")[len(shared) :]] for m in examples}
    _carried_last(list(relative.values()), templates)
    family: list[list[str]] = []  # the calls read as a family's members here, the only ones given a field
    for m in examples:
        filled = _filled(relative[id(m)], templates, lists, named)
        if filled != relative[id(m)] and len(filled) > 2 and _PLACEHOLDER.fullmatch(filled[1]):
            family.append(filled)
        relative[id(m)] = filled
    counts = {w.lower(): n for s in doc.sections for w, n in _COUNTED.findall(s.title) if n.lower() not in "ai"}
    fields = _member_fields(list(relative.values()), family, counts)
    moved: dict[tuple[str, str], tuple[str, str]] = {}
    for m in examples:
        m.target.path = "/".join([*shared, *fields.get(tuple(relative[id(m)]), relative[id(m)])[1:]])
        if endpoint_key(m) != before[id(m)]:
            moved[before[id(m)]] = endpoint_key(m)
    return [moved.get(owner, owner) if owner is not None else None for owner in owners]


def _shared_prefix(paths: list[list[str]]) -> list[str]:
    """The segments every example request's path opens with (`/api/4` under a stated base), the last kept apart."""
    if len(paths) < 2:
        return [""]
    shared = paths[0][: min(len(p) for p in paths) - 1]
    for path in paths[1:]:
        while shared and path[: len(shared)] != shared:
            shared = shared[:-1]
    return shared or [""]


def _filled(segments: list[str], templates: set[str], lists: list[set[str]], named: set[str]) -> list[str]:
    for template in sorted(templates, key=len, reverse=True):
        parts = template.split("/")
        head, name = parts[:-1], parts[-1][1:-1]
        if len(segments) < len(parts) or segments[: len(head)] != head:
            continue
        value = segments[len(head)]
        if not value or "{" in value or value in named:
            continue
        listed = any(value in values and len(values) >= MIN_LISTED for values in lists)
        if listed or (len(segments) == len(parts) and len(head) > 1):
            return [*head, "{" + name + "}", *segments[len(parts) :]]
    return segments


def _carried_last(paths: list[list[str]], templates: set[str]) -> None:
    """The value an example shows at the end of a stated template (`/processes/777` for `/processes/<pid>`) shown
    again at the end of a longer request under the same first segment (`/processes/extended/777`): the same
    placeholder, the document using one example value throughout. Only values of some length are followed (a
    `2` is as likely a count as the same id)."""
    values: dict[tuple[str, str], str] = {}
    for path in paths:
        for parts in (t.split("/") for t in templates):
            if len(parts) > 2 and len(path) == len(parts) and path[:-1] == parts[:-1] and len(path[-1]) >= MIN_VALUE:
                values[(parts[1], path[-1])] = "{" + parts[-1][1:-1] + "}"
    for path in paths:
        name = values.get((path[1], path[-1])) if len(path) > 3 else None
        if name:
            path[-1] = name


def _member_fields(
    paths: list[list[str]], members: list[list[str]], counts: dict[str, str]
) -> dict[tuple[str, ...], list[str]]:
    """Member requests' next segments read as the member's own field (`/{plugin}/total`, `/{plugin}/ssid`), and a
    literal then a varying last value (`/value/Dropbox`, `/value/nvme0n1`) as a value the literal names.

    A segment right after the family's placeholder is a literal of the route where the document shows the same
    word elsewhere: at another place in a path (`/cpu/system/history` beside `/cpu/history`) or after a literal
    segment (`/all/limits` beside `/cpu/limits`). Otherwise each member shows its own field there, and the
    segment is the field placeholder. A word a heading gives a count letter ("GET top n items") followed by a
    number (`/processlist/top/2`) is a literal, the number that count (`/{plugin}/top/{n}`)."""
    if len(members) < MIN_LISTED:
        return {}
    elsewhere = {s for p in paths for i, s in enumerate(p) if i > 2 or (i == 2 and not _PLACEHOLDER.fullmatch(p[1]))}
    rewritten: dict[tuple[str, ...], list[str]] = {}
    for path in members:
        new = list(path)
        if len(new) > 4 and new[-2:] == ["", ""]:  # `/value//`: the value shown is `/` itself
            new[-2:] = ["/"]
        if len(path) == 4 and path[3].isdigit() and path[2].lower() in counts:
            new[3] = "{" + counts[path[2].lower()] + "}"
        elif not _PLACEHOLDER.fullmatch(path[2]) and path[2] not in elsewhere:
            new[2] = "{field}"
        rewritten[tuple(path)] = new
    tails: dict[tuple[str, ...], set[str]] = {}
    for new in rewritten.values():
        if len(new) > 4 and new[2] == "{field}":
            tails.setdefault(tuple(new[:-1]), set()).add(new[-1])
    for new in rewritten.values():
        if len(new) > 4 and new[2] == "{field}" and len(tails.get(tuple(new[:-1]), ())) >= MIN_LISTED:
            new[-1] = "{" + new[-2] + "}" if re.fullmatch(r"[A-Za-z_]\w*", new[-2]) else "{value}"
    return rewritten


__all__ = ["listed_placeholders"]
