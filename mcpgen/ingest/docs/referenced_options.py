"""A shared table of options that the operations taking it refer to by name, in the sixty-second registry batch
(benchmarks/docs/registry_truth): a page states "## General options" once near the top, then each service's section
says "In addition to the [general options](#general-options) the following options are supported", except one
(a tile service) that says nothing of options. Where some sections of the page name the shared section by its
title (a link to it says it as its text), that naming is how the page says which operations take the shared
options: they go to the endpoints of the sections that name it, not to every endpoint of the page. Where no
section names it, the shared section still applies to every endpoint (a page's "Common parameters" read as
before)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .blocks import Section


def _phrase(title: str) -> re.Pattern[str] | None:
    """The shared section's title as a phrase other sections may write ("general options"), when it is of
    several words (a one-word title, "Parameters", is no name another sentence would use for it)."""
    words = re.findall(r"[A-Za-z]+", title)
    if len(words) < 2:
        return None
    return re.compile(r"\b" + r"[\s_-]+".join(map(re.escape, words)) + r"\b", re.I)


def referring_owners(
    shared: Section, sections: list[Section], owners: list[tuple[str, str] | None]
) -> set[tuple[str, str]] | None:
    """The endpoints whose sections name `shared` by its title (a link to it writes it as its text); None when no
    endpoint's section does (the shared section then applies to every endpoint)."""
    phrase = _phrase(shared.title)
    if phrase is None:
        return None
    found: set[tuple[str, str]] = set()
    for section, owner in zip(sections, owners, strict=True):
        if section is shared or owner is None:
            continue
        text = " ".join(b.text for b in section.blocks if b.kind in ("text", "list"))
        if phrase.search(text):
            found.add(owner)
    return found or None
