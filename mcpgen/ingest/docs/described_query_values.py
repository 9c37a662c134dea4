"""Paths alone in code whose query values are described, not given:

    Messages can be handled using the URL::

        /router/receive?backend=<backend name>&sender=<sender number>&message=<message text>

    You can mark a message as delivered using the URL::

        /router/delivered?message_id=<message id>

A value written as words between angle brackets (`<backend name>`, `<message id>`) says what to put there, as a
`{id}` segment does in a path: the line is a template of a route and its query parameters, not one request a
reader could send as written. So a page that writes its lone paths so states its routes by them, and its other
lone paths (`/router/outbox`, written as a plain line in the same way) are routes too, not examples of them.
The words inside the brackets may be spaced as they are spoken (`<sender number>`): one value, not the end of
the line. A concrete value (`?user=joe`, `?page=2`) is an example's and leaves the line an example.
"""

from __future__ import annotations

import re

from .requests import Target

DESCRIBED_VALUE = r"<[A-Za-z_][\w .-]*>"
"""`<backend name>`: a value described in words, spaces and all."""
SPACED_BRACE = r"\{[A-Za-z_][\w.-]*(?: [A-Za-z_][\w.-]*){1,3}\}"
"""`{package name}`: a path segment's placeholder named in words, as a request line may write it."""
PATH_LINE = re.compile(
    rf"(?:https?://[^\s/]+)?/(?:{SPACED_BRACE}|[^\s<]|{DESCRIBED_VALUE}|<(?!{DESCRIBED_VALUE[1:]}))*"
)
"""A path (or URL) alone on its line, where a query value may be described in spaced words."""


def describes_query(target: Target) -> bool:
    """`target` has a query, and every value of it is a placeholder (`?id=<message id>`, `?q={term}`)."""
    return bool(target.query) and all(placeholder for _, _, placeholder in target.query)


def written_as_template(target: Target) -> bool:
    """`target` is written as a template: a `{placeholder}` in its path, or a query of described values."""
    return "{" in target.path or describes_query(target)
