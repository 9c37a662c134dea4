"""Operation headings whose whole title is a method and a path written relative to the API's base, with no
leading slash:

    - **Base URL pattern:** `https://<your-instance>/api/<api_class>/<method>`

    #### `GET users/user_access_info`
    #### `POST notebooks/insert_node`

A heading that holds nothing but a method word and a path of two or more segments is the title of that request,
as `GET /users/user_access_info` would be: the page writes its routes from the base URL it names, the way a
client library joins them to it. The path is rooted (`/users/user_access_info`) so that the heading opens the
operation its tables and sentences describe. A heading with more words than the request line ("GET users/info
returns the user"), a path of one segment (`GET users`, which could be a word), a URL (`GET http://...`) or a
file name (`GET docs/index.md`) is left as it is.
"""

from __future__ import annotations

import re

from .blocks import Document, retitled
from .requests import METHODS

_SEGMENT = r"[\w.~<>{}:$-]+"
_RELATIVE_HEADING = re.compile(
    rf"^(?P<open>[*_]*`?)(?P<method>{'|'.join(METHODS)})\s+(?:\./)?(?P<path>[A-Za-z_][\w.-]*(?:/{_SEGMENT})+/?)"
    r"(?P<close>`?[*_]*)$"
)
_FILE = re.compile(r"\.(?:js|ts|py|json|ya?ml|md|html?|css|txt|cfg|conf|ini|sh|rst)$")


def _rooted_title(title: str) -> str:
    match = _RELATIVE_HEADING.match(title.strip())
    if match is None or _FILE.search(match["path"]) or match["open"].count("`") != match["close"].count("`"):
        return title
    return f"{match['open']}{match['method']} /{match['path']}{match['close']}"


def relative_route_headings(doc: Document) -> Document:
    """`doc` with each heading that is a method and a relative path alone written with the path rooted (see the
    module), in its own title and in the heading paths of the sections under it."""
    titles = {s.title: _rooted_title(s.title) for s in doc.sections if s.level > 0}
    renamed = {old: new for old, new in titles.items() if old != new}
    return retitled(doc, renamed)
