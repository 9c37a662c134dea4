"""A value the text gives as an example of something, in brackets after its name, that an example request's URL
then carries as a segment of its path:

    If you know the queue id (for example 1578a823de00009fbb) then you can check its status

    curl http://localhost:8080/message/1578a823de00009fbb

The segment is that something's placeholder: `/message/{id}`, named by the word before the bracket ("the queue
id" -> `id`, "a sending zone (for example "default")" -> `zone`). A thing named again in the bracket with its
number (`To get the raw contents of a paste (i.e. paste #6):`, as a caption over `curl {{url}}/raw/6`) gives that
number as an example of the thing's `id`: `#` says the value is its number, the identifier it is fetched by.
Read only in concrete example requests (a curl, a raw request, a full URL), never in the first segment of a path (a
resource's name) nor in a route the document states as written; a value the text gives as an example of two
different names says nothing.

A stand-in value (`spelled_segments`): an example request whose path spells, at a template's placeholder, that
placeholder's name as a stand-in value:

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

from .blocks import Document
from .mention import Mention

_QUOTE = "[\"'`\u201c\u201d\u2018\u2019]?"
_EXAMPLE = re.compile(
    rf"\b(?P<name>[A-Za-z][A-Za-z_]*)\s*\(\s*(?:for example|for instance|e\.\s?g\.|eg\.?|such as)[,:]?\s+{_QUOTE}"
    rf"(?P<value>[A-Za-z0-9][\w.~-]*?){_QUOTE}\s*\)"
)
_NUMBERED = re.compile(
    r"\b(?P<name>[A-Za-z][A-Za-z_]*)\s*\(\s*(?:for example|for instance|e\.\s?g\.|eg\.?|i\.\s?e\.|such as)[,:]?\s+"
    r"(?:an?\s+|the\s+)?(?P=name)\s+#(?P<value>\d+)\s*\)"
)
"""`a paste (i.e. paste #6)`: the thing named again with its number, `#6`; the number is its `id`."""
_NOT_NAMES = frozenset({"a", "an", "the", "it", "is", "are", "of", "or", "and", "one", "value", "values", "example"})


def _examples(doc: Document) -> dict[str, str]:
    """value -> the name the document's text gives it an example of, where it gives exactly one."""
    named: dict[str, set[str]] = {}
    for section in doc.sections:
        for block in section.blocks:
            texts = [block.text] if block.kind == "text" else [f"{t} {d}" for t, d in block.items]
            for text in texts if block.kind in ("text", "list") else ():
                for match in _EXAMPLE.finditer(" ".join(text.split())):
                    if match["name"].lower() not in _NOT_NAMES:
                        named.setdefault(match["value"], set()).add(match["name"].lower())
        for text in (section.title, *(b.text for b in section.blocks if b.kind == "text")):
            for match in _NUMBERED.finditer(" ".join(text.split())):  # a caption: "a paste (i.e. paste #6)"
                if match["name"].lower() not in _NOT_NAMES:
                    named.setdefault(match["value"], set()).add("id")
    return only_names(named)


def only_names(named: dict[str, set[str]]) -> dict[str, str]:
    """value -> name, for the values given as the value of exactly one name (one of two names says nothing)."""
    return {value: names.pop() for value, names in named.items() if len(names) == 1}


def name_example_segments(mentions: list[list[Mention]], names: dict[str, str], *, templated: bool) -> None:
    """Make `{name}` of every segment past the first of an example request's path (a curl, a raw request, a full
    URL; never a route the document states as written) that `names` gives a name; `templated`: also in paths that
    already hold a placeholder."""
    if not names:
        return
    found = [m for ms in mentions for m in ms]
    stated = {m.target.path for m in found if m.kind in ("line", "table")}
    for m in found:
        if m.kind not in ("curl", "http") and not m.target.origin:
            continue
        if (not templated and "{" in m.target.path) or m.target.path in stated:
            continue
        segments = m.target.path.split("/")
        for i, segment in enumerate(segments[2:], start=2):
            if (name := names.get(segment)) and "{" + name + "}" not in segments:
                segments[i] = "{" + name + "}"
        m.target.path = "/".join(segments)


def example_segments(doc: Document, mentions: list[list[Mention]]) -> None:
    """Make placeholders of the segments of example requests that the text gives as examples of a name."""
    name_example_segments(mentions, _examples(doc), templated=False)


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
            # (not where the path already has that placeholder: `/v1/user/{user}` beside `/v1/{user}/...` is a
            # route of its own, its `user` a word, not a value)
            if len(names) == 1 and _spells(segment, name := names.pop()) and "{" + name + "}" not in segments:
                segments[i] = "{" + name + "}"
        m.target.path = "/".join(segments)
