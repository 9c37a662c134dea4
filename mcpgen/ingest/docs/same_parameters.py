"""A route section that says it takes the parameters of the route above, but one: "### 3. Batch variant — `GET
/files/info/batch`", then "Same parameters, but `ids=<id1,id2,...>` (comma-joined)". The route takes what the
section above states for its route, and the parameter the sentence names after "but" in its query form
(`name=value`) is its own; where that name is the plural of one of the route above (`ids` for `id`: the batch
route takes a list where the single one takes one value), it stands in that one's place.

Read only where the section's first paragraph opens with "Same parameters" or "Same query parameters" (with
"as above" / "as the previous ..." allowed): a section that says it in words of its own, or "Same as above" (read
by `same_as_above`), is not this. The names after "but" must be written in code as `name=value`.
"""

from __future__ import annotations

import re

from .blocks import Section

_SAME = re.compile(
    r"^\W*(?:the\s+)?same\s+(?:(?:query|request|url)\s+)?(?:parameters|params|arguments|query\s+string)"
    r"(?:\s+as\s+(?:(?:the\s+)?above|the\s+(?:previous|preceding)\s+(?:one|endpoint|request|route|call)))?"
    r"\s*[,;:]?\s*(?:but|except(?:\s+that)?)\s+(?P<rest>.*)",
    re.I | re.S,
)
_QUERY_NAME = re.compile(r"`(?P<name>[A-Za-z_][\w.-]*)=[^`]*`")


def _variant(section: Section) -> list[str] | None:
    """The names the section gives after "Same parameters, but", when it opens so; else None."""
    text = next((b.text for b in section.blocks if b.kind == "text"), "")
    match = _SAME.match(text)
    if not match:
        return None
    first = re.split(r"(?<=[.;])\s|\(", match["rest"], maxsplit=1)[0]
    return [m["name"] for m in _QUERY_NAME.finditer(first)]


def same_parameters(
    sections: list[Section], keys: list[list[tuple[str, str]]]
) -> list[tuple[tuple[str, str], tuple[str, str], set[str], list[str]]]:
    """(route, the route above whose parameters it takes, the names it leaves out, the names it adds) for each route
    of a section that takes the parameters of the one above but one (see the module)."""
    found = []
    above: list[tuple[str, str]] = []
    for section, section_keys in zip(sections, keys, strict=True):
        mine = list(dict.fromkeys(section_keys))
        if not mine:
            continue
        added = _variant(section) if len(above) == 1 else None
        if added:
            left_out = {name[:-1] for name in added if name.endswith("s")}
            found.extend((key, above[0], left_out, added) for key in mine if key != above[0])
        above = mine
    return found


__all__ = ["same_parameters"]
