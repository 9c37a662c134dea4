"""A section titled by a bare path whose prose names, as nouns, the forms a request to it can take, each shown
right after its name:

    ### /admin/setMock
    Request can be a post containing a JSON object in the body:
    ```js
    {"verb": "get", "serviceUrl": "third"}
    ```

    or a get with query string parameters:
    localhost:7878/admin/setMock?verb=get&serviceUrl=second

A method written as a noun ("a post containing ...", "a get with query string parameters", "a PUT with ...") says
how the request is sent; the colon hands over to the example of that form: a code block of a JSON object is the
body of that method's request, a URL of the heading's own path with a query string (the scheme and host may be
left out, as one types it into a browser) is that method's request with those query parameters. Each form read so
is a request of its own on the heading's path, shown as sent (an example request, like a curl command: its
values are examples, none selects the operation). A sentence naming a method without showing its form right after it
("a post is also accepted."), a form whose example is of another path, and a heading with more than a path (words,
a method of its own) are left to the other rules.
"""

from __future__ import annotations

import re

from .blocks import Block, Section
from .mention import Mention
from .requests import Request, parse_json, split_target

_BARE_PATH = re.compile(r"`?(?P<path>/[\w./{}:<>-]*)`?")
_FORM = re.compile(
    r"(?i)\ban?\s+(?P<method>get|post|put|patch|delete)\b(?:\s+request)?\s+(?:containing|with)\b[^:\n]*:[ \t]*"
    r"(?P<rest>\n?.*)$",
    re.S,
)


def request_forms(section: Section) -> list[Mention]:
    """A request for each form of the heading's path a sentence names and shows (see the module)."""
    titled = _BARE_PATH.fullmatch(section.title.strip())
    if titled is None:
        return []
    path = titled["path"]
    found: list[Mention] = []
    blocks = section.blocks
    for index, block in enumerate(blocks):
        form = _FORM.search(block.text) if block.kind == "text" else None
        if form is None:
            continue
        method = form["method"].upper()
        rest = form["rest"].strip()
        following: Block | None = blocks[index + 1] if index + 1 < len(blocks) else None
        if rest:  # the URL on the sentence's next line
            url = re.fullmatch(r"(?:(?:https?://)?[\w.-]+(?::\d+)?)?" + re.escape(path) + r"\?(?P<query>\S+)", rest)
            if url is not None:
                target = split_target(f"{path}?{url['query']}")
                request = Request(method, target)
                found.append(Mention(method, target, block.where, "http", request))
        elif following is not None and following.kind == "code":
            body = parse_json(following.text)
            if isinstance(body, dict) and body:
                target = split_target(path)
                request = Request(method, target, body=body, body_kind="json")
                found.append(Mention(method, target, following.where, "http", request))
    return found


__all__ = ["request_forms"]
