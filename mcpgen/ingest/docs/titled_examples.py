"""A code block holding one request line on concrete values (`GET /orders/ord.8f3a-…?full=false`) right in the
section whose heading states the route's template (`### GET /orders/<id>` — one order): the request as sent, an
example of the heading's route, as the same line under a `#### Request` subheading is (`sent_request_lines`). Notes
on an API show how a route was called this way, a real value (often cut short with "…") in the placeholder's place;
the value is no route of its own, and the line's query names are the route's.

Read only where the heading states exactly one template route, the block is that one request line and nothing
else, and the line fits the template segment by segment, each placeholder taking one segment and the other
segments equal.
"""

from __future__ import annotations

from .blocks import Section
from .mention import Mention
from .requests import Request, path_key, request_lines, split_target
from .templating import example_of


def titled_examples(sections: list[Section], mentions: list[list[Mention]]) -> None:
    """Mark a lone concrete request line of a code block as a sent request (`http`) where its section's heading
    states the one template it fits (see the module)."""
    for section, found in zip(sections, mentions, strict=True):
        keys = {(method, path_key(split_target(raw).path)) for _, method, raw in request_lines(section.title)}
        if len(keys) != 1 or "{}" not in next(iter(keys))[1]:
            continue
        (template,) = keys
        for block in section.blocks:
            lines = [line for line in block.text.splitlines() if line.strip()]
            if block.kind != "code" or len(lines) != 1 or len(request_lines(block.text)) != 1:
                continue
            for mention in found:
                shown = mention.where == block.where and mention.kind == "line" and "{" not in mention.target.path
                if shown and example_of(mention, template):
                    mention.kind = "http"
                    mention.request = mention.request or Request(mention.method, mention.target)


__all__ = ["titled_examples"]
