"""Placeholders example requests show without brackets, once the mentions' paths are fitted: a concrete object
before a named service where the document writes a placeholder there (`service_contexts.py`) or which the prose
defines as the call's context (`context_terms.py`), or the kind of object the prose says it is called on
(`stated_calls.py`, with a bold method line's method), and a literal item-name segment the prose beside the
request defines (`defined_segments.py`); then the Zope views the prose alone names, placed under the site those
requests traverse (`prose_views.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .called_with import called_with
from .context_terms import context_terms
from .defined_segments import defined_segments
from .prose_views import prose_views
from .service_contexts import context_placeholders
from .stated_calls import stated_calls

if TYPE_CHECKING:
    from .blocks import Document
    from .mention import Mention


def placeholders_shown(doc: Document, mentions: list[list[Mention]]) -> None:
    """The rules, in this order (a segment made a placeholder by its definition may then fill a position)."""
    stated_calls(doc, mentions)  # `**GET**` over `curl -X POST`; "called on a site content"
    defined_segments(doc, mentions)
    context_terms(doc, mentions)  # "- ``my-poll`` is the context where ..." under `.../site/my-poll/@vote`
    context_placeholders(mentions)
    called_with(doc, mentions)  # 'Calling with "expand=true", this endpoint returns ...' over a GET curl
    prose_views(doc, mentions)  # "can call **@@report** view on a content": `GET /site/{content}/@@report`
