"""A sentence that opens with a request line in code and says what the request accepts, by name:

    `POST /v1/jobs` accepts the optional Studio/native `nativePayload` field.
    `POST /api/chat` accepts an optional `attachments` array.

The subject is the request itself (method and path, as a route table writes it), the verb one of taking (accepts,
takes, expects), and the object a coded name the sentence calls a field, parameter, argument, property, key or
array (a few words of description may stand between: "the optional Studio/native `x` field"). That name is an
input of the request: in its body for a request that carries one (POST, PUT, PATCH), else in its query. "optional"
after the verb makes it optional, "required" needed; otherwise the sentence does not say.

Left alone: a sentence whose object is not called an input ("accepts tasks in `pending` or `running` states":
values of something else), a request line that is not the sentence's subject (one quoted further on), and a
route the document does not state.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, split_target

_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?]\s))`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`\s+(?:also\s+)?"
    r"(?:accepts?|takes?|expects?)\s+(?:an?\s+|the\s+)?(?:(?P<optional>optional)|(?P<required>required))?\s*"
    r"(?:[\w/-]+\s+){0,2}`(?P<name>[A-Za-z_][\w.-]*)`\s+"
    r"(?:field|parameter|param|argument|property|key|array|object|list)\b"
)
_BODIED = {"POST", "PUT", "PATCH"}


def accepted_fields(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the request, the input it accepts) for each sentence of the document opening with a coded request line
    and saying it accepts a named field (see the module)."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _SENTENCE.finditer(block.text):
                endpoint = endpoints.get((match["method"], path_key(split_target(match["path"]).path)))
                if endpoint is None:
                    continue
                required = True if match["required"] else False if match["optional"] else None
                location = "body" if match["method"] in _BODIED else "query"
                yield endpoint, Param(match["name"], location, block.where, required=required, origin="prose")


__all__ = ["accepted_fields"]
