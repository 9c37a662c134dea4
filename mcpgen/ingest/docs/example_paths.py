"""Example paths shown without a method (`/api/payments?_size=50` alone in a code block, or over the response it
gets): uses of the routes a document states, whose query strings name those routes' parameters."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .requests import Request, path_key

if TYPE_CHECKING:
    from .mentions import Mention

_PATH_LINE = re.compile(r"(?:https?://[^\s/]+)?/[^\s]*")
_RESPONSE_AFTER = re.compile(r"\s*(?:(?:response|output|result|returns?)\b|[\[{])", re.I)


def path_lines(text: str) -> tuple[list[str], bool] | None:
    """The lines of a code block that holds paths (or URLs) alone, and whether the paths are shown over their
    response (`/api/payments/chart?_fields=amount`, a blank line, then `Response` or the JSON it returns)."""
    head, _, rest = text.strip().partition("\n\n")
    if rest.strip() and not _RESPONSE_AFTER.match(rest):
        head = text  # (the whole block, which the check below then refuses unless every line is a path)
    lines = [ln.strip() for ln in head.splitlines() if ln.strip()]
    if not lines or not all(_PATH_LINE.fullmatch(ln) for ln in lines):
        return None
    return lines, head is not text and bool(rest.strip())


def as_examples(mentions: list[list[Mention]]) -> None:
    """Paths alone in code blocks, where the document writes none of its templates so: example requests (a
    browser's, so GET unless a label says otherwise), kept only where they fit a route the document states
    (`keep_fitting_examples`, once they are generalised to its templates)."""
    for found in mentions:
        for m in found:
            if m.listed and m.request is None:
                m.kind, m.request = "curl", Request(method=m.method, target=m.target)


def keep_fitting_examples(mentions: list[list[Mention]]) -> None:
    """Drop the example paths of `as_examples` that are not uses of a route stated otherwise."""
    if any(m.listed and m.kind == "line" for found in mentions for m in found):
        return  # the document states routes as paths alone: its example paths are of those
    stated = {
        (m.method, path_key(m.target.path))
        for found in mentions
        for m in found
        if m.kind in ("line", "table", "http") and not m.listed
    }
    for found in mentions:
        found[:] = [m for m in found if not m.listed or (m.method, path_key(m.target.path)) in stated]
