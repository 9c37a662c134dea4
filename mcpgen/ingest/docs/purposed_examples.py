"""A JSON example introduced by a sentence that says which request sends it, by its method and the thing it writes,
away from any request line:

    Here is an example of a record encoded using JSON. This is the format that must be used to PUT a new record
    into the store::

        {"user": "testuser", "label": "20100709-154255", ...}

The sentence names no path: it names the method in capitals, as a verb ("to PUT a new record", "to POST an order"),
and the thing written. A route table or list stating the routes elsewhere says what each does ("Create or update a
record with the given label"); when exactly one stated request of that method speaks of that thing, the example is
what that request sends, and its top-level keys are the fields of its body. The sentence says nothing of which are
required. The example is read leniently (a sketch with single-quoted strings or a comprehension left in is still
an object whose top-level keys can be read).

Left alone: a method written in lower case ("to put a record": English, not a request), a sentence that calls the
block a response, a thing no stated request (or more than one) of that method speaks of, and a request that has
body fields of its own already.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import object_sketch

_PURPOSE = re.compile(r"\bto (?P<method>POST|PUT|PATCH) (?:(?:a|an|the|new|your|another) )*(?P<thing>[a-z][a-z-]+)\b")
_ANSWER = re.compile(r"(?i)\b(?:responses?|reply|replies|returned|returns?|output)\b")
_MAX_SENTENCE = 240


def _speaks_of(endpoint: Endpoint, thing: str) -> bool:
    said = f"{endpoint.summary} {endpoint.description}".lower()
    return re.search(rf"\b{re.escape(thing)}(?:e?s)?\b", said) is not None


def purposed_examples(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the request, a field of its body) for each JSON example a sentence says a request sends (see the module)."""
    for section in sections:
        for lead, code in zip(section.blocks, section.blocks[1:], strict=False):
            if lead.kind != "text" or code.kind != "code" or not lead.text.rstrip().endswith(":"):
                continue
            sentence = re.split(r"(?<=[.!?])\s+", lead.text.strip())[-1]
            said = _PURPOSE.search(sentence)
            if said is None or len(sentence) > _MAX_SENTENCE or _ANSWER.search(sentence):
                continue
            named = [e for e in endpoints.values() if e.method == said["method"] and _speaks_of(e, said["thing"])]
            if len(named) != 1 or any(location == "body" for _, location in named[0].params):
                continue
            for name, _ in object_sketch(code.text):
                yield named[0], Param(name, "body", code.where, origin="example request")
