"""A heading that opens with a route's path and no method, whose own section shows the route called as a full URL
with its arguments in the query string, on a line of its own:

    ## /api/uid/bind 绑定UID和pushId

    http://yourip:11001/api/uid/bind?pushId=abc&uid=123&platform=ios

    pushId -> string(必选), the client's id

The URL is what one types into a browser or a script fetches to call the route the heading titles: a GET of that
path, its query the request's arguments. So the heading is read as that request line (`GET /api/uid/bind ...`),
and what its section lists are that GET's parameters. A page that titles all its routes by bare paths and names
no method anywhere is read as a whole by `sole_method_headings.py`; this reads one section at a time, on a page
that may name methods elsewhere (another route's `curl -X POST`, a note on how arguments can be passed).

Left alone: a section that shows a request of its own (a request line, a `curl` command: that states its method),
a URL of another path (an example of another route), a URL with no query string, or one inside a sentence (a
link, a reference), and a heading that opens with a method or with words (`titled_path`).
"""

from __future__ import annotations

from .blocks import Document, retitled
from .path_titled_headings import titled_path
from .queried_origin_calls import QUERY_URL
from .requests import parse_curl, path_key, request_lines


def queried_path_headings(doc: Document) -> Document:
    """`doc` with each path heading whose section shows a query URL of its path alone on a line titled as its GET."""
    renamed: dict[str, str] = {}
    for section in doc.sections:
        key = titled_path(section.title) if section.level > 0 else None
        if key is None or section.title in renamed:
            continue
        texts = [block.text for block in section.blocks if block.kind in ("text", "code")]
        if any(request_lines(text) or parse_curl(text) for text in texts):
            continue  # the section states its request: its method is there
        called = [
            match
            for block in section.blocks
            if block.kind == "text"
            for line in block.text.splitlines()
            if (match := QUERY_URL.fullmatch(line.strip(" <>`")))
        ]
        if called and all(path_key(match["path"]) == key for match in called):
            renamed[section.title] = f"GET {section.title.strip()}"
    return retitled(doc, renamed)
