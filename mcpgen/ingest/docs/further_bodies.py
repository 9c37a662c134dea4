"""Another request body shown in the section of a request, on its own:

    The command below does a full text search for the word "microscopy"::

        $ curl -X POST -d '{"free_text": "microscopy"}' http://localhost:5000/uris

    Below is the result of this search:: [...]

    Below is a JSON string specifying a more complex query that will search for datasets with "apples" [...]::

        {"base_uris": ["s3://snow-white"], "free_text": "apples", "tags": ["fruit", "veg"]}

A JSON object in the section of an endpoint whose example request sends a JSON body, holding every key that body
sends and more, is a fuller body of the same request: its further keys are fields the request takes (optional,
as the first example goes without them); a key every body sends is left as the examples show it. What comes
back is told apart by its shape (the answer to a search, a list of records, holds none of the keys sent) and by
the sentence over it ("the result", "the response").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .cjk_answers import names_cjk_answer
from .endpoint import Endpoint
from .params import Param
from .requests import parse_json_lines

_ANSWER = re.compile(r"(?i)\b(?:result|response|returns?|output|answers?|repl(?:y|ies)|content)\b")


def further_body_fields(
    sections: list[Section], owners: list[tuple[str, str] | None], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each key of a fuller body shown in the section of an endpoint."""
    for section, owner in zip(sections, owners, strict=True):
        endpoint = endpoints.get(owner) if owner is not None else None
        sent = [set(b) for b in (endpoint.request_examples if endpoint is not None else []) if isinstance(b, dict)]
        if endpoint is None or not any(sent):
            continue
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            values = parse_json_lines(block.text) if block.kind == "code" else []
            if len(values) != 1 or not isinstance(values[0], dict) or before.kind != "text":
                continue
            keys = set(values[0])
            if _ANSWER.search(before.text) or names_cjk_answer(before.text) or not any(s and s < keys for s in sent):
                continue
            always = set.intersection(*(s for s in sent if s))  # what every body sends: no sign it is optional
            for name in (n for n in values[0] if n not in always and (n, "body") not in endpoint.params):
                yield endpoint, Param(name, "body", block.where, False, origin="example request")


__all__ = ["further_body_fields"]
