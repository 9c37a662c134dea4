"""A request the documented program itself sends to another server, shown as a request line right after the
sentence that says so:

    If the proxy encounters an error, the proxy will make a GET request to the `error-target` server, ...

        GET /404?url=%2Fescaped%2Fpath

    When a job finishes, the scheduler sends a POST request to your callback URL:

        POST /hooks/job-done

The sentence's subject is the program (a noun after "the"/"this", `it`, or a name such as `CHP`), not the reader
or a client ("you", "clients", "the browser"), and the request goes "to" another party, a server, URL, webhook,
callback, target or host. What follows is what that other server receives (an error handler, a webhook), not a
route of the API the page documents, and its request line is no operation of it.

A request line the page states elsewhere (an endpoint table's row, another section's line) is kept; a sentence
whose object is a path (`the dashboard makes a GET request to the /api/stats endpoint`) names the API's own
route, and a sentence of the reader's ("you can make a GET request to the server") is no such statement.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention, endpoint_key
from .requests import METHODS, path_key, request_lines, split_target

_SENDS = re.compile(
    r"(?P<subject>\b(?i:the|this|that|our|its)\s+[\w-]+|\b(?i:it)\b|\b[A-Z][A-Z0-9]+\b)"
    r"(?:\s+(?i:will|would|then|also|automatically|always))*\s+"
    r"(?i:make|makes|send|sends|issue|issues|perform|performs|fire|fires)\s+(?i:an?\s+|the\s+)?(?:HTTP\s+)?[`*]*"
    rf"(?P<method>{'|'.join(METHODS)})[`*]*\s+(?i:request|call)s?\s+(?i:to|against|at)\s+(?P<target>[^.;:,]{{0,80}})"
)
_OTHER_PARTY = re.compile(r"(?i)\b(?:servers?|url|uri|webhooks?|callbacks?|hooks?|targets?|hosts?|address)\b")
_READERS = frozenset({"client", "clients", "user", "users", "browser", "caller", "callers", "app", "frontend", "ui"})


def _outgoing(text: str) -> set[str]:
    """The methods of the requests a paragraph says the program sends to another party."""
    found = set()
    for match in _SENDS.finditer(text):
        subject = match["subject"].split()[-1].lower()
        target = match["target"]
        if subject in _READERS or re.search(r"(?:^|[\s`'\"])/\w", target) or not _OTHER_PARTY.search(target):
            continue
        found.add(match["method"].upper())
    return found


def drop_outgoing(doc: Document, mentions: list[list[Mention]]) -> None:
    """Leave out of `mentions` the request lines of code blocks that show a request the program sends (see the
    module)."""
    dropped: list[tuple[int, set[tuple[str, str]]]] = []
    for index, section in enumerate(doc.sections):
        keys: set[tuple[str, str]] = set()
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            if block.kind != "code" or before.kind != "text":
                continue
            methods = _outgoing(before.text)
            lines = request_lines(block.text)
            if methods and len(lines) == 1 and lines[0][1] in methods:
                keys.add((lines[0][1], path_key(split_target(lines[0][2]).path)))
        if keys:
            dropped.append((index, keys))
    for index, keys in dropped:
        elsewhere = {
            endpoint_key(m)
            for i, found in enumerate(mentions)
            for m in found
            if i != index or endpoint_key(m) not in keys
        }
        mentions[index][:] = [
            m
            for m in mentions[index]
            if m.kind not in ("line", "http") or endpoint_key(m) not in keys or endpoint_key(m) in elsewhere
        ]


__all__ = ["drop_outgoing"]
