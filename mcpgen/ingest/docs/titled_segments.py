"""Example requests whose heading names the word a template would take for a value.

A section `#### Place Order` over ```POST /order/place``` names its request's last word (`place`) in its title:
that word is the route's own, an action the section documents, not an example value. A template the page
states elsewhere (`/order/:id` in a table of template variables, `GET /order/ORD123456` being its example) does
not make it a placeholder. A value the title does not name (`#### Track Order` over `GET /order/ORD123456`)
stays an example of the template."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention


def titled_segments(doc: Document, mentions: list[list[Mention]]) -> None:
    """Give back its written path to an example request (curl or raw HTTP) that a template fitted where every
    segment the template took for a value is a word of its section's title."""
    for section, found in zip(doc.sections, mentions, strict=False):
        words = {word.lower() for word in re.findall(r"[A-Za-z]+", section.title)}
        for mention in found:
            if mention.kind not in ("curl", "http") or "{" not in mention.target.path:
                continue
            written, now = mention.written.split("/"), mention.target.path.split("/")
            if len(written) != len(now) or "{" in mention.written:
                continue
            taken = [w for w, t in zip(written, now, strict=True) if w != t]
            if taken and all(w.isalpha() and w.lower() in words for w in taken):
                mention.target.path = mention.written
