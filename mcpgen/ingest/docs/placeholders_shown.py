"""Placeholders example requests show without brackets, once the mentions' paths are fitted: a concrete object
before a named service where the document writes a placeholder there (`service_contexts.py`), and a literal
item-name segment the prose beside the request defines (`defined_segments.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .defined_segments import defined_segments
from .service_contexts import context_placeholders

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention


def placeholders_shown(doc: Document, mentions: list[list[Mention]]) -> None:
    """Both rules, in this order (a segment made a placeholder by its definition may then fill a position)."""
    defined_segments(doc, mentions)
    context_placeholders(mentions)
