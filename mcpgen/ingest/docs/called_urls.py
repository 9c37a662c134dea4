"""URLs in code a page tells its reader to call, on a page that writes no method anywhere:

    # Retrieve State
    To retrieve the current state, you need to call the url `http://yourServerIp:port/?accessoryId=theId`

    # Trigger Change
    To trigger a change you need to call the url `http://yourServerIp:port/?accessoryId=theId&state=NEWSTATE`

    # Thermostat
    * Target temperature: `http://yourServerIp:port/?accessoryId=theId&targettemperature=NEWVALUE`

A plugin or device that other systems push states to may state its whole API as URLs to be called, like links,
with no method: what a URL alone is called with is GET. A sentence that tells the reader to call (or is "calling")
"the url" written in code right after it says so of that URL; every other URL in code on the same origin (the same
host and port, written the same way, often a placeholder such as `yourServerIp:port` for the reader's own
installation) is another call of the same kind, in a list item or a line of its own. Each path is a GET route
(URLs on one path differing in their query are one route), and the names of each URL's query are its query
parameters; the values (`NEWSTATE`, `theId`) are examples to fill in. The origin is the reader's own server, so
it states no base URL here.

A sentence that says a kind of call "requires" a number of parameters and names them after a colon, bare
("Doorbells require 2 parameters: accessoryId and the event to trigger:"), makes those of the names that are keys
of the called URLs' queries required; a name the URLs never send (a word of the sentence that is no parameter) is
not read, nor is a sentence with no count and colon ("it requires an accessory").

Read only where the page writes no request line and no `curl` command (a page that writes methods states its
routes with them), and only on an origin some sentence tells the reader to call: a URL merely named (a project's
site, a URL the plugin itself calls, set in its configuration) is not read.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import request_lines, split_target

_URL = r"https?://(?P<origin>[\w.-]+(?::[\w-]+)?)(?P<path>/[^`\s]*)"
_CALLED = re.compile(rf"(?i)\bcall(?:s|ed|ing)?\s+(?:the\s+|this\s+|a\s+)?(?:url|link|address)\s*:?\s*`{_URL}`")
_CODED = re.compile(rf"`{_URL}(?=[`\s])")
"""A URL opening a code span; what follows it in the span after a space (`?x=0 (or 1)`) is an aside."""


def _texts(doc: Document) -> list[tuple[object, str]]:
    return [
        (block, text)
        for section in doc.sections
        for block in section.blocks
        if block.kind in ("text", "list")
        for text in ([block.text] if block.kind == "text" else [f"{t} {d}".strip() for t, d in block.items])
    ]


_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_BARE = r"(?:the\s+)?[A-Za-z_][\w-]*"
_NEEDS = re.compile(
    rf"(?i)\brequires?\s+{_COUNT}\s+(?:query\s+)?(?:parameters|params|arguments)\s*:\s*"
    rf"(?P<run>{_BARE}(?:\s*(?:,\s*(?:and\s+)?|and\s+){_BARE})*)"
)
""""require 2 parameters: accessoryId and the event": the names a kind of call must send."""


def called_urls(doc: Document) -> tuple[list[Mention], set[str]]:
    """A GET for each URL in code on an origin a sentence tells the reader to call, and the query names a
    sentence says such calls require (see the module)."""
    texts = _texts(doc)
    origins = {m["origin"] for _, text in texts for m in _CALLED.finditer(" ".join(text.split()))}
    if not origins or _states_methods(doc):
        return [], set()
    found = [
        Mention("GET", split_target(match["path"]), block.where, "line", inferred=True)
        for block, text in texts
        for match in _CODED.finditer(text)
        if match["origin"] in origins
    ]
    sent = {name for mention in found for name, _, _ in mention.target.query}
    needed = {
        re.sub(r"(?i)^the\s+", "", name.strip())
        for _, text in texts
        for match in _NEEDS.finditer(" ".join(text.split()))
        for name in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["run"])
    }
    return found, needed & sent


def _states_methods(doc: Document) -> bool:
    """The page writes a request line or a `curl` command somewhere."""
    for section in doc.sections:
        if request_lines(section.title):
            return True
        for block in section.blocks:
            texts = [block.text, *(c for row in block.rows for c in row), *(t for item in block.items for t in item)]
            if any(request_lines(t) or re.search(r"(?m)^\s*curl\s", t) for t in texts):
                return True
    return False


__all__ = ["called_urls"]
