"""A page of labelled request fields that states a URL once for several methods: `**URL** : `/v1/token`` under
the page's title, then `## GET` and `## POST` sections that each say only `**Method** : `GET``. Each such
section's request is at the URL in force, the last one stated before it by a section that names no method; a
URL stated again further down (`**URL** : `/v1/token/<id>`` after the POST's response) is in force for the
sections after it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .blocks import Block, Document

Fields = Callable[[Block], list[tuple[str, str]]]
"""The labelled fields (label, value) a block states: `**URL** : `/x`` is ("URL", "`/x`")."""


def _kinds(block: Block, fields: Fields) -> set[str]:
    return {"method" if re.search(r"method|verb", label, re.I) else "url" for label, _ in fields(block)}


def urls_carried(doc: Document, fields: Fields) -> Document:
    """`doc` with the URL in force written before the method label of each section that states a method and no
    URL, as if the section stated it; a page whose sections state both, or no lone URL, is left as it is."""
    in_force: Block | None = None
    sections = []
    for section in doc.sections:
        kinds = [_kinds(block, fields) for block in section.blocks]
        stated = set().union(*kinds) if kinds else set()
        if "url" in stated:
            lone = "method" not in stated
            in_force = next(b for b, k in zip(section.blocks, kinds, strict=True) if "url" in k) if lone else None
            sections.append(section)
            continue
        if "method" not in stated or in_force is None:
            sections.append(section)
            continue
        at = next(i for i, k in enumerate(kinds) if "method" in k)
        url = replace(in_force, where=section.blocks[at].where)
        sections.append(replace(section, blocks=[*section.blocks[:at], url, *section.blocks[at:]]))
    return replace(doc, sections=sections)
