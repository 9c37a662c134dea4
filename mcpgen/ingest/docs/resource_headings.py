"""A heading that names a resource and its path (`Domain resource: /domain`, `Record resource: /domain/host`),
over sub-headings that are each a method alone (`GET`, `PUT`, `DELETE`), each showing its request as sent:

    Record resource: /domain/host
    -----------------------------

    PUT
    ~~~

    Create the record.  For example::

        PUT /example.com/www
        A 192.168.0.1

        201 Created

The method comes from the sub-heading and the route from the resource's heading, as under a heading that is a path
alone (`### /pets/{id}` over `#### GET`). A path word of the heading that the section's own request puts another
value in place of (`domain` where the example sends `example.com`, `host` where it sends `www`) names that value:
it is a placeholder (`/{domain}/{host}`), the example one use of the route. A word the example repeats (`/domain`
over `GET /domain/list`... of the same length) stays a word of the route; without an example, the path is as
written. Only a heading that is a caption, a colon and one path (`Root resource: /`) is read so, and only for a
sub-heading that is a method and nothing else."""

from __future__ import annotations

import re

from .blocks import Section
from .requests import request_lines, split_target

_CAPTIONED_PATH = re.compile(r"^[A-Za-z][\w\s'()-]*?\s*:\s+[`*]*(?P<path>/[^\s`*]*)[`*]*$")
_WORD = re.compile(r"[a-z][a-z_]*")


def captioned_path(title: str) -> str:
    """The path a resource's heading names after its caption (`Domain resource: /domain`), else ""."""
    match = _CAPTIONED_PATH.match(title.strip())
    return match["path"] if match else ""


def resource_route(path: str, method: str, section: Section) -> str:
    """The route of `method` on the resource at `path`: its words that the section's own request (a code block
    whose first line is `method` and a path of as many segments) fills with other values, as placeholders."""
    written = path.rstrip("/").split("/")
    for block in section.blocks:
        if block.kind != "code" or not block.text.strip():
            continue
        first = block.text.strip().splitlines()[0]
        found = [(m, raw) for offset, m, raw in request_lines(first) if offset == 0]
        if not found or found[0][0] != method:
            continue
        sent = split_target(found[0][1]).path.rstrip("/").split("/")
        if len(sent) != len(written):
            continue
        changed = [i for i, (w, s) in enumerate(zip(written, sent, strict=True)) if w != s]
        if changed and all(_WORD.fullmatch(written[i]) for i in changed):
            return "/".join(f"{{{w}}}" if i in changed else w for i, w in enumerate(written)) or "/"
        return path
    return path
