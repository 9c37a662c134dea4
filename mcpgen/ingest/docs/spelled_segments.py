"""An example request whose path spells, at a template's placeholder, that placeholder's name as a stand-in
value:

    GET /apps/:APP_ID/status
    POST http://app.dev:6001/apps/your-app-id/events

The segment `your-app-id` is the `APP_ID` the page's templates write at that place (the same segments before
it), spelled as an example: the route is `/apps/{APP_ID}/events`. Read only where the segment is the
placeholder's words, in any case and separated by `-` or `_`, alone or after a word that makes it a stand-in
(your, my, the, some, example); a segment that merely sits where a template has a placeholder (`/users/me`
beside `/users/{id}`) may be a route of its own and is left as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .mention import Mention

_PLACEHOLDER = re.compile(r"\{(?P<name>[^{}]+)\}")
_LEADS = frozenset({"your", "my", "the", "some", "an", "a", "example", "sample"})


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[-_\s]+", text.lower()) if w]


def _spells(segment: str, name: str) -> bool:
    """Whether `segment` is `name` written as a value (`your-app-id`, `app_id` for `APP_ID`)."""
    words, named = _words(segment), _words(name)
    if not named or words[-len(named) :] != named:
        return False
    lead = words[: -len(named)]
    return not lead or (len(lead) == 1 and lead[0] in _LEADS)


def spelled_segments(mentions: list[list[Mention]]) -> None:
    """Make placeholders of the segments of example paths that spell the name of the placeholder the stated
    templates write after the same segments."""
    found = [m for ms in mentions for m in ms]
    templates = {
        tuple(m.target.path.split("/"))
        for m in found
        if m.kind in ("line", "table") and not m.prose and "{" in m.target.path
    }
    if not templates:
        return
    for m in found:
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments[2:], start=2):
            if "{" in segment or not segment:
                continue
            names = {
                p["name"]
                for t in templates
                if len(t) > i and list(t[:i]) == segments[:i] and (p := _PLACEHOLDER.fullmatch(t[i]))
            }
            if len(names) == 1 and _spells(segment, name := names.pop()):
                segments[i] = "{" + name + "}"
        m.target.path = "/".join(segments)
