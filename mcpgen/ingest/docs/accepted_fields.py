"""A sentence that opens with a request line in code and says what the request accepts, by name:

    `POST /v1/jobs` accepts the optional Studio/native `nativePayload` field.
    `POST /api/chat` accepts an optional `attachments` array.

The subject is the request itself (method and path, as a route table writes it), the verb one of taking (accepts,
takes, expects), and the object a coded name the sentence calls a field, parameter, argument, property, key or
array (a few words of description may stand between: "the optional Studio/native `x` field"). That name is an
input of the request: in its body for a request that carries one (POST, PUT, PATCH), else in its query. "optional"
after the verb makes it optional, "required" needed; otherwise the sentence does not say.

The subject may also be a route named by its path alone, "the `/x` endpoint" (route, path, URL), where the object
is written as the query string itself, which says where it goes:

    the `/parser/search` endpoint accepts a `?lang=xxx` property which can be used to vary the language.
    The `/parser/findbyid` endpoint also accepts a `?lang=xxx` property.
    the `/parser/search` endpoint accepts a `?mode=live` parameter pair ...

Each name of the coded query (`?a=x&b=y`) is a query parameter of the route's GET (of its one request where the
document states a single method for the path), optional or required as above. A coded query after another path
(`` `/y?a=1` ``), and a sentence about all the endpoints (`shared_inline_queries`), are not read here.

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
_PAIR = r"[A-Za-z_][\w.-]*=[^&\s`]*"
_QUERY_SENTENCE = re.compile(
    r"\b[Tt]he\s+`(?P<path>/[^`\s?#]*)`\s+(?:endpoint|route|path|url|URL)\s+(?:also\s+)?"
    r"(?:accepts?|takes?|supports?)\s+(?:an?\s+|the\s+)?(?:(?P<optional>optional)|(?P<required>required))?\s*"
    rf"(?:[\w/-]+\s+){{0,2}}`\?(?P<pairs>{_PAIR}(?:&{_PAIR})*)`"
)
"""A route named by its path accepting a coded query string: "the `/x` endpoint accepts a `?lang=xxx` property"."""


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
            for match in _QUERY_SENTENCE.finditer(block.text):
                endpoint = _route(endpoints, path_key(split_target(match["path"]).path))
                if endpoint is None:
                    continue
                required = True if match["required"] else False if match["optional"] else None
                for pair in match["pairs"].split("&"):
                    name = pair.split("=", 1)[0]
                    yield endpoint, Param(name, "query", block.where, required=required, origin="prose")


def _route(endpoints: dict[tuple[str, str], Endpoint], key: str) -> Endpoint | None:
    """The GET the document states at the path `key`, else its one request there."""
    stated = {method: endpoint for (method, path), endpoint in endpoints.items() if path == key}
    return stated.get("GET") or (next(iter(stated.values())) if len(stated) == 1 else None)


__all__ = ["accepted_fields"]
