"""An endpoint section that defines itself by the one before it: "### `POST /pdf`", then "Identical as above, omit
`url` and provide HTML in request body." The endpoint takes the parameters the section above states for its
endpoint (the one of the same path, when that section names several), less the ones the sentence leaves out
("omit `url`", "except `url`", "without `url`").

Read only where the section's first paragraph opens with the reference ("Identical as above", "Same as above",
"Same as the previous endpoint"): a section that describes its endpoint in words of its own is not this.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section

_SAME = re.compile(
    r"^\W*(?:identical|same|the same)\s+(?:as|to)\s+(?:(?:the\s+)?above|the\s+(?:previous|preceding)\s+"
    r"(?:one|endpoint|request|route|call|operation))\b",
    re.I,
)
_LEFT_OUT = re.compile(
    r"(?i)\b(?:omit(?:ting)?|except(?:\s+for)?|without|but\s+not|minus|leave\s+out|leaving\s+out)\s+(?:the\s+)?"
    r"(?P<names>`[^`]+`(?:\s*(?:,|\band\b|\bor\b)\s*`[^`]+`)*)"
)


def same_as_above(section: Section) -> set[str] | None:
    """The names the section leaves out of the parameters of the endpoint above, when it defines its endpoint by
    that one; else None."""
    text = next((b.text for b in section.blocks if b.kind == "text"), "")
    if not _SAME.search(text):
        return None
    return {name for match in _LEFT_OUT.finditer(text) for name in re.findall(r"`([^`]+)`", match["names"])}


def referred(
    sections: list[Section], keys: list[list[tuple[str, str]]]
) -> list[tuple[tuple[str, str], tuple[str, str], set[str]]]:
    """(endpoint, the endpoint above whose parameters it takes, the names left out) for each endpoint of a section
    that defines itself by the section above with endpoints."""
    found = []
    for section, mine, above in routes_with_above(sections, keys):
        left_out = same_as_above(section) if above else None
        for key in mine if left_out is not None else ():
            source = next((k for k in above if k[1] == key[1]), above[0] if len(above) == 1 else None)
            if source is not None and source != key:
                found.append((key, source, left_out))
    return found


def routes_with_above(
    sections: list[Section], keys: list[list[tuple[str, str]]]
) -> Iterator[tuple[Section, list[tuple[str, str]], list[tuple[str, str]]]]:
    """Each section with routes, its routes (once each, in order) and those of the last section with routes above
    it (none for the first): what a section that refers to "the above" refers to."""
    above: list[tuple[str, str]] = []
    for section, section_keys in zip(sections, keys, strict=True):
        mine = list(dict.fromkeys(section_keys))
        if mine:
            yield section, mine, above
            above = mine


__all__ = ["referred", "routes_with_above", "same_as_above"]
