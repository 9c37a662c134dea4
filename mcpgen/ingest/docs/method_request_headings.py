"""Sub-headings that split one route's requests by method, under a section stating that route with several methods:

    #### Making requests

    You can make either HTTP GET or POST requests to

        GET http://localhost:8080/render
        POST http://localhost:8080/render

    ##### GET requests:

    Include the following query parameters: ...

    ##### POST requests:

    You can do a POST request with ... in the body of the request.

The section above states one path with two methods; each sub-heading names one of them ("GET requests", "POST
requests:", "POST request", "For GET requests"), so what the sub-section holds describes that method's request of
the path: the sub-section states it, as if its heading were the request line. Read only where the enclosing
section (the nearest above with a lower level) states exactly one path and the heading's method among that path's
methods, and where the sub-section states no request line of its own; a heading naming its method for routes
listed below it (`## POST routes` over path bullets, `grouped_routes`) or for a path the parent does not state is
left alone.
"""

from __future__ import annotations

import copy
import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS

_METHOD_REQUESTS = re.compile(
    rf"^(?:for\s+)?(?:the\s+)?(?:http\s+)?(?P<method>{'|'.join(METHODS)})\s+(?:requests?|calls?)\s*:?$", re.I
)


def method_request_headings(doc: Document, mentions: list[list[Mention]]) -> None:
    """Add to each sub-section headed by a method's requests (see the module) that method's request of the one
    path its enclosing section states."""
    stack: list[int] = []
    for index, section in enumerate(doc.sections):
        while stack and doc.sections[stack[-1]].level >= section.level > 0:
            stack.pop()
        parent = stack[-1] if stack and section.level > 0 else None
        if section.level > 0:
            stack.append(index)
        heading = _METHOD_REQUESTS.match(section.title.strip(" `*_#"))
        if heading is None or parent is None:
            continue
        if any(m.kind == "line" and not m.prose and not m.inferred for m in mentions[index]):
            continue  # the sub-section states its own request
        stated = [m for m in mentions[parent] if m.kind == "line" and not m.prose and not m.inferred]
        paths = {m.target.path for m in stated}  # (one path, several methods)
        method = heading["method"].upper()
        if len(paths) != 1 or len({m.method for m in stated}) < 2 or method not in {m.method for m in stated}:
            continue
        target = copy.deepcopy(next(m.target for m in stated if m.method == method))
        mentions[index].append(Mention(method, target, section.where, "line"))


__all__ = ["method_request_headings"]
