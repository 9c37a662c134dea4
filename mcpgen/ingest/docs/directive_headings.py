"""Operation headings written in the Sphinx HTTP domain's directive syntax on a page that is not reStructuredText:

    ## http:get:: /endpoints/:endpoint

    Gets the description of a specific deployed endpoint.

    ```HTTP
    GET /endpoints/add HTTP/1.1
    ```

sphinxcontrib-httpdomain declares an operation as `.. http:<method>:: <path>`; a page moved from Sphinx to
Markdown (or written by an author used to it) keeps that spelling as the title of each operation's section, with
the method in lower case after `http:` and the path after the double colon. Such a heading is the request line
`GET /endpoints/:endpoint`, and what it heads (an example request of that template, a body) describes that
operation. Only a heading whose whole title is one such directive (optionally after `..`, in code or emphasis) is
read: a heading that only mentions a directive among words ("Using http:get:: directives") and a directive of
an unknown method (`http:foo::`) are left as they are.
"""

from __future__ import annotations

import re

from .blocks import Document, retitled
from .requests import METHODS

_DIRECTIVE_HEADING = re.compile(
    rf"^(?P<open>[*_`]*)(?:\.\.\s+)?http:(?P<method>{'|'.join(m.lower() for m in METHODS)})::\s+"
    r"(?P<path>/\S*?)(?P<close>[*_`]*)$",
    re.I,
)


def _request_title(title: str) -> str:
    match = _DIRECTIVE_HEADING.match(title.strip())
    if match is None or match["open"] != match["close"][::-1]:
        return title
    return f"{match['method'].upper()} {match['path']}"


def directive_headings(doc: Document) -> Document:
    """`doc` with each heading that is an httpdomain directive alone (`http:post:: /query/:endpoint`) written as
    its request line (`POST /query/:endpoint`), in its own title and in the heading paths of the sections under
    it."""
    renamed = {s.title: _request_title(s.title) for s in doc.sections if s.level > 0}
    return retitled(doc, {old: new for old, new in renamed.items() if old != new})
