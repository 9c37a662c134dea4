"""A list stating how a server routes what it is called with, one rule an item, each opening on the path it applies
to, with no method:

    Here is a summary of how the server will behave:
     * Calls to / will display a page with some information.
     * Calls to /task/{task1},{task2}/{output} will run the given tasks and return the file named output.
     * Calls to /{alias} ({alias} being an alias that you have configured) will run the tasks for that alias.
     * Calls did not match the rules above will try to return the content of a file for the given path.

A small server a browser or a page's `<script src>` loads from (a dev server, a build plugin) is described so:
what it does for calls to each path. A call with no method named is a page load, a GET. An item is a rule when it
opens with "Calls to" (or "Requests to", "A request to") then a path, bare or in code, then what the server
"will" do (or "is", "are", "returns", "runs"...), a parenthesis explaining a placeholder between them allowed. Its
path is a GET route, its placeholders path parameters. Read only in a list holding at least two such rules (a
summary of the routing, not a passing remark), and only a path written as a pattern: a fallback rule naming no
path ("Calls did not match ...") and example paths in its parentheses are not routes."""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import split_target

_RULE = re.compile(
    r"^(?:(?:all|any|an?|the)\s+)?(?:calls?|requests?|queries)\s+to\s+`?(?P<path>/[^\s`]*)`?"
    r"(?:\s+\([^()]*\))?\s*,?\s+(?:will|would|is|are|returns?|runs?|serves?|shows?|displays?|gives?)\b",
    re.I,
)


def routing_rule_calls(doc: Document) -> list[Mention]:
    """A GET for each path a list of at least two routing rules opens an item on (see the module)."""
    found: list[Mention] = []
    for section in doc.sections:
        for block in section.blocks:
            if block.kind != "list":
                continue
            paths = [m["path"] for _, item in block.items if (m := _RULE.match(item.strip().strip("*_ ")))]
            if len(paths) < 2:
                continue
            found.extend(Mention("GET", split_target(path), block.where, "line", inferred=True) for path in paths)
    return found


__all__ = ["routing_rule_calls"]
