"""A code block holding one request line on concrete values (`GET /orders/ord.8f3a-…?full=false`) right in the
section whose heading states the route's template (`### GET /orders/<id>` — one order): the request as sent, an
example of the heading's route, as the same line under a `#### Request` subheading is (`sent_request_lines`). Notes
on an API show how a route was called this way, a real value (often cut short with "…") in the placeholder's place;
the value is no route of its own, and the line's query names are the route's.

Read only where the heading states exactly one template route, the block is that one request line and nothing
else (but comment lines, `# The %3 is a URL encoded colon`, which explain the value), and the line fits the
template segment by segment, each placeholder taking one segment and the other segments equal.
"""

from __future__ import annotations

import re

from .blocks import Block, Section
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
            lines = [line for line in block.text.splitlines() if line.strip() and not _COMMENT.match(line)]
            if block.kind != "code" or len(lines) != 1 or len(request_lines(block.text)) != 1:
                continue
            for mention in found:
                # (a value other rules have already read as a placeholder, `my_application` as `{application}`,
                # leaves the line an example while another of its values stands in a placeholder's place)
                concrete = path_key(mention.target.path) != template[1]
                shown = _in_block(mention, block) and mention.kind == "line" and concrete
                if shown and example_of(mention, template):
                    mention.kind = "http"
                    mention.request = mention.request or Request(mention.method, mention.target)


def _in_block(mention: Mention, block: Block) -> bool:
    """The mention was read from `block` (a line after a comment line is placed on its own line of the block)."""
    where, at = mention.where, block.where
    if (where.file, where.page, where.section) != (at.file, at.page, at.section) or where.line is None:
        return where == at
    return at.line is not None and at.line <= where.line <= at.line + block.text.count("\n")


_COMMENT = re.compile(r"^\s*(?:#|//)(?:\s|$)")
"""A comment line in a code block (`# note`, `// note`): the author's words about the request, not part of it."""


__all__ = ["titled_examples"]
