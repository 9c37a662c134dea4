"""A sentence of bold field names right above an example request, saying which fields the request requires or
which it may change:

    Create a user.

    **Email** and **username** are required fields.

    ```
    $ curl -X POST http://localhost:5000/api/users -d '{"email": "a@b.c", "username": "a"}'
    ```

    Only **name**, **description** and **status** can be changed.

    ```
    $ curl -X PATCH http://localhost:5000/api/vms/<id> -d '{"description": "small"}'
    ```

A README that states its API by example says in one short sentence above each write what it sends, naming the
fields in bold: "**a** and **b** are required (fields)" makes each a required field of the body, and "Only **a**
and **b** can be changed" (updated, edited...) names the fields an update takes, none of them required (the
example itself sends only one). The fields are the body's: the request below is a write (POST, PUT, PATCH). A
name is the bold word as written, but for the capital the first word of a sentence takes ("**Email** and ...").

Read only where the shape is plain: the sentence is a paragraph of its own made of bold names joined by commas
and "and", and one of the two predicates; the very next block is code holding exactly one curl command, a write,
of a route the document states. Bold words in any other sentence ("**Email** is sent to the user"), or above a
read, give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Section
from .endpoint import Endpoint
from .params import Param
from .requests import parse_curl, path_key

_BOLD = r"\*\*[A-Za-z_][A-Za-z0-9_]*\*\*"
_LIST = rf"(?P<names>{_BOLD}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*{_BOLD})*)"
_REQUIRED = re.compile(rf"^{_LIST}\s+(?:is|are)\s+required(?:\s+(?:fields?|parameters?))?\s*\.?$")
_CHANGED = re.compile(rf"^Only\s+{_LIST}\s+can\s+be\s+[a-z]+ed\b[\w\s]*\.?$")
_WRITES = {"POST", "PUT", "PATCH"}


def _named(block: Block) -> tuple[list[str], bool | None] | None:
    """(the bold names, whether the sentence makes them required) when the paragraph is such a sentence."""
    text = " ".join(block.text.split())
    required = _REQUIRED.match(text)
    match = required or _CHANGED.match(text)
    if block.kind != "text" or match is None:
        return None
    names = re.findall(r"\*\*([^*]+)\*\*", match["names"])
    if required and names[0][:1].isupper() and names[0][1:].islower():
        names[0] = names[0].lower()  # the capital of the sentence's first word
    return names, (True if required else None)


def bold_field_sentences(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the write below, a body field) for each bold name of a required/changeable-fields sentence (see the
    module)."""
    for section in sections:
        for sentence, following in zip(section.blocks, section.blocks[1:], strict=False):
            named = _named(sentence) if following.kind == "code" else None
            if named is None:
                continue
            requests = parse_curl(following.text)
            if len(requests) != 1 or requests[0].method not in _WRITES:
                continue
            endpoint = endpoints.get((requests[0].method, path_key(requests[0].target.path)))
            if endpoint is None:
                continue
            names, required = named
            for name in names:
                yield endpoint, Param(name, "body", sentence.where, required=required, origin="prose")


__all__ = ["bold_field_sentences"]
