"""A heading that names its endpoint by a short route over the full request line its section states: `#### GET
/devices`, then a code block `GET /api/v1/devices`. The heading is a title written relative to the API root; the
line under it is the request as sent. Both name one endpoint, the one the line writes in full, so the heading's
route is read under the prefix the line adds (`/api/v1`), not as a second endpoint beside it.

Read only where it is unambiguous: the heading states one request line and has no host; its own section (not a
subsection) states, on a line of its own, exactly one request of the same method whose path is the heading's
under a literal prefix; and every such pair of the document adds the same prefix.
"""

from __future__ import annotations

from .blocks import Section
from .mention import Mention


def _prefix(short: str, full: str) -> str:
    """The literal segments `full` adds in front of `short` (`/api/v1` for `/devices` in `/api/v1/devices`)."""
    short, full = short.rstrip("/") or "/", full.rstrip("/") or "/"
    if short in ("/", full) or not full.endswith(short):
        return ""
    prefix = full[: len(full) - len(short)]
    literal = prefix.startswith("/") and not prefix.endswith("/") and "{" not in prefix and ":" not in prefix
    return prefix if literal else ""


def _heading_and_line(section: Section, found: list[Mention]) -> tuple[Mention, str] | None:
    """The section's heading mention and the prefix of the one full request line under it, when the rule holds."""
    heads = [m for m in found if m.kind == "line" and m.where is section.where]
    if len(heads) != 1 or heads[0].target.origin:
        return None
    (head,) = heads
    lines = {
        m.target.path
        for m in found
        if m.kind == "line" and m is not head and not m.prose and not m.listed and m.method == head.method
    }
    prefixes = {_prefix(head.target.path, path) for path in lines}
    if len(prefixes) != 1 or "" in prefixes or head.target.path in lines:
        return None
    return head, prefixes.pop()


def headings_under_full_lines(sections: list[Section], mentions: list[list[Mention]]) -> None:
    """Each heading's short route put under the prefix the request line of its section carries, when every such
    pair of the document shows one prefix."""
    pairs = [p for s, found in zip(sections, mentions, strict=True) if (p := _heading_and_line(s, found))]
    if not pairs or len({prefix for _, prefix in pairs}) != 1:
        return
    for head, prefix in pairs:
        head.target.path = prefix + head.target.path


__all__ = ["headings_under_full_lines"]
