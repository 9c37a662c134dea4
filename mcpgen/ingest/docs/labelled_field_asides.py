"""A write's body fields named in a labelled parenthetical right after its route, on the route's own line:

    - `POST /dashboard/tokens/create` (form: `engineer`, `description`, `expires_in`): mints a token ...
    - `POST /jobs` (body: `url`, `depth`) - start a crawl

A list item (or a line of prose) that states one POST, PUT or PATCH request and follows it at once with a
parenthetical opened by a body label ("form:", "form fields:", "body:", "fields:", "payload:", "JSON:") and holding
nothing but code-spanned names, comma- or "and"-separated, lists the fields that request sends, the way a signature
lists arguments. Whether one must be given is not said. Left alone: a parenthetical that is not the route's next
word (it speaks of something else on the line), one holding prose, values (`a=1`) or braces (the brace shorthand
rules read those), a label of what comes back ("returns:", "response:"), a GET or DELETE, and a line naming two
routes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import stated_write

_ASIDE = re.compile(
    r"^`?\s*\((?:form(?:\s+fields?)?|body|fields|payload|json)\s*:\s*"
    r"(?P<names>`[A-Za-z_][\w.-]*`(?:\s*(?:,|,?\s+and)\s*`[A-Za-z_][\w.-]*`)*)\s*\)"
)
_NAME = re.compile(r"`([A-Za-z_][\w.-]*)`")


def labelled_field_asides(
    doc: Document, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each name of a labelled field aside following a write's one request line."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind in ("list", "text")):
            lines = [text for _, text in block.items] if block.kind == "list" else block.text.splitlines()
            for line in lines:
                if (written := stated_write(line, endpoints)) is None:
                    continue
                endpoint, target = written
                at = line.find(target)
                match = _ASIDE.match(line[at + len(target) :].lstrip(" ")) if at >= 0 else None
                for name in _NAME.findall(match["names"]) if match else ():
                    yield endpoint, Param(name, "body", block.where, None, origin="prose")


__all__ = ["labelled_field_asides"]
