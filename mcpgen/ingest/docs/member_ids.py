"""Ids a page shows only in the responses of its example requests, no template stated for them.

A collection's response lists its members by link (`curl .../Chassis` answered by `"Members": [{"@odata.id":
".../Chassis/4829..."}]`, `[{"href": "/users/17"}]`, `["/queues/a", "/queues/b"]`): what follows that collection
in another request's path is the id of one of its members, so a placeholder: a member it lists, or any value
(a segment holding a digit) in that place. A resource's response that gives its own id (`"Id":
"32ADF365C6C1B7BD"` answering `curl .../Drives/32ADF365C6C1B7BD`), or the name it is known by (`"username":
"alice"` answering `curl .../user/info/alice`, the response maybe after a label, "Response content:"), says the
same of the request's last segment; one whose own link is the requested path with one more segment inside it
corrects a request printed without it.
Links outside a list (`"Bios": {"@odata.id": ".../Systems/1/Bios"}`) are sub-resources, not members."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .requests import parse_curl
from .templating import placeholder_positions

if TYPE_CHECKING:
    from .blocks import Block, Document
    from .mention import Mention

_PROMPT = re.compile(r"^(?:[\w.@~:-]*[>$%#])?\s*")  # `$ curl`, `shell> curl` (as `parse_curl` reads them)
_LINK = re.compile(r"^(?:https?://[^/\s\"]+)?(?P<path>/[^\s\"?#]*)$")
_SELF = frozenset({"@odata.id", "@id", "self", "href", "_self"})
_OWN_ID = frozenset({"id", "Id", "ID", "uuid", "UUID", "_id"})
_VALUE = re.compile(r"(?=.*\d)(?!v\d+(?:\.\d+)*$)[\w.:~-]+")
"""A segment that holds a digit (`48295861-2522-...`, `32ADF365C6C1B7BD`, `7`), not an API version (`v2`)."""
_OWN_NAME = re.compile(r"(?:user|login|account|screen|display)?_?name|username|login|slug|handle")
"""Keys under which a resource gives the name it is known by (`"username": "alice"` answering `.../info/alice`):
the value is that resource's, whatever it is spelled with, so the segment holding it is a value, not a word."""
_ANSWER_LABEL = re.compile(r"(?i)^(?:the\s+|example\s+)?(?:response|output|result|reply|answer)\b[^.:]{0,30}:$")
"""A label between a request and its response: "Response content:", "Output:"."""


def _values(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(key, scalar value, enclosing containers) for each string or number value of a JSON text, read loosely
    (an excerpt elided with `...`, an array left open); the key is "" for an item of an array."""
    found: list[tuple[str, str, tuple[str, ...]]] = []
    stack: list[str] = []
    key = ""
    i = 0
    while i < len(text):
        c = text[i]
        if c in "[{":
            stack.append(c)
            key = ""
        elif c in "]}":
            if stack and stack[-1] == {"]": "[", "}": "{"}[c]:
                stack.pop()
        elif c == '"':
            match = re.compile(r'"((?:[^"\\\n]|\\.)*)"\s*(:?)').match(text, i)
            if match is None:
                i += 1
                continue
            if match[2]:
                key = match[1]
            else:
                found.append((key if stack and stack[-1] == "{" else "", match[1], tuple(stack)))
                key = ""
            i = match.end()
            continue
        elif c.isdigit() and key and stack and stack[-1] == "{":
            number = re.compile(r"\d+").match(text, i)
            assert number is not None
            found.append((key, number[0], tuple(stack)))
            key = ""
            i = number.end()
            continue
        i += 1
    return found


def _answers(blocks: list[Block], at: int) -> list[str]:
    """The text of the response to each curl of code block `at`: the lines after the command up to the next
    one, or the code block right after a block that holds one curl alone."""
    lines = blocks[at].text.splitlines()
    starts = [i for i, line in enumerate(lines) if _PROMPT.sub("", line.strip()).startswith("curl ")]
    found = []
    for n, start in enumerate(starts):
        end = start
        while end < len(lines) - 1 and (
            lines[end].rstrip().endswith("\\") or "\n".join(lines[start : end + 1]).count("'") % 2
        ):
            end += 1
        answer = "\n".join(lines[end + 1 : starts[n + 1] if n + 1 < len(starts) else len(lines)])
        after = blocks[at + 1] if at + 1 < len(blocks) else None
        if after is not None and after.kind == "text" and _ANSWER_LABEL.match(" ".join(after.text.split())):
            after = blocks[at + 2] if at + 2 < len(blocks) else None  # "Response content:", then the response
        if len(starts) == 1 and not answer.strip() and after is not None and after.kind == "code":
            answer = "" if "curl " in after.text else after.text
        found.append(answer)
    return found


def member_placeholders(doc: Document, mentions: list[list[Mention]]) -> None:
    """Request paths' member ids become placeholders (see the module's description)."""
    # (mention, members, whole path is the collection, the name the response gives the value under)
    collections: list[tuple[Mention, set[str], bool, str]] = []
    for section, found in zip(doc.sections, mentions, strict=True):
        for at, block in enumerate(section.blocks):
            if block.kind != "code" or "curl " not in block.text:
                continue
            curls = [m for m in found if m.kind == "curl" and m.where == block.where]
            requests = parse_curl(block.text)
            answers = _answers(section.blocks, at)
            if len(curls) != len(requests) or len(answers) != len(requests):
                continue
            for mention, request, answer in zip(curls, requests, answers, strict=True):
                path = request.target.path.rstrip("/")
                members: set[str] = set()
                for key, value, stack in _values(answer):
                    link = _LINK.match(value)
                    listed = stack[-1:] == ("[",) or stack[-2:] == ("[", "{")
                    if link and listed and link["path"].rstrip("/").rpartition("/")[0] == path and path:
                        members.add(link["path"].rstrip("/").rpartition("/")[2])
                    elif (
                        (
                            (key in _OWN_ID and _VALUE.fullmatch(value))
                            or (_OWN_NAME.fullmatch(key) and path.count("/") > 1)
                        )
                        and stack == ("{",)
                        and value == path.rpartition("/")[2]
                    ):
                        collections.append((mention, {value}, False, key if _OWN_NAME.fullmatch(key) else ""))
                    elif link and key in _SELF and stack == ("{",):
                        _restore(mention, path.split("/"), link["path"].rstrip("/").split("/"))
                if members:
                    collections.append((mention, members, True, ""))
    if not collections:
        return
    holes = placeholder_positions(mentions)
    for owner, members, whole, key in collections:
        collection = owner.target.path.rstrip("/").split("/")
        collection = collection if whole else collection[:-1]
        for m in (m for found in mentions for m in found):
            segments = m.target.path.split("/")
            if len(segments) <= len(collection) or not all(
                c == s or c.startswith("{") for c, s in zip(collection, segments, strict=False)
            ):
                continue
            value = segments[len(collection)]
            if value and "{" not in value and (value in members or (whole and _VALUE.fullmatch(value))):
                counter = holes.get(tuple(segments[: len(collection)]))
                name = "{" + key + "}" if key else _name(collection[-1])  # (`"username": "alice"`: `{username}`)
                segments[len(collection)] = counter.most_common(1)[0][0] if counter else name
                m.target.path = "/".join(segments)


def _restore(mention: Mention, requested: list[str], own: list[str]) -> None:
    """`curl .../redfish/v1/vbmc-node/SimpleStorage` answered by a response whose own link (a top-level
    `@odata.id`, `self`, `href`) is `.../redfish/v1/Systems/vbmc-node/SimpleStorage`: the request as printed lost
    one inner segment, and the route is the one the response names. Not when the request ends in a named
    service or view (`@bookings`, `@@export`: Zope/Plone's spelling): that name is traversed on
    whatever object the URL names before it, so a link naming another object (`/site/folder/@bookings`
    answering `curl /site/@bookings`) shows the context that example ran on, not a segment the request lost."""
    if len(own) != len(requested) + 1 or requested[-1].startswith("@"):
        return
    at = next((i for i in range(2, len(requested)) if own[:i] == requested[:i] and own[i + 1 :] == requested[i:]), 0)
    segments = mention.target.path.rstrip("/").split("/")
    at -= len(requested) - len(segments)  # (the mention's path may have left a base path out)
    if at >= 1:
        mention.target.path = "/".join([*segments[:at], own[at + len(requested) - len(segments)], *segments[at:]])


def _name(collection: str) -> str:
    """`{chassis_id}` for a member of `Chassis`, `{drive_id}` of `Drives`, `{virtual_media_id}` of `VirtualMedia`."""
    word = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", collection).lower()
    word = re.sub(r"\W+", "_", word).strip("_")
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return "{" + (f"{word}_id" if word and "{" not in collection else "id") + "}"
