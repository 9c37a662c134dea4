"""A path a document calls its GraphQL endpoint, with no method beside it:

    GraphQL endpoint **/api/v1/graphql**
    The GraphQL endpoint is `/graphql`.
    `/graphql` is the GraphQL endpoint.

A GraphQL service answers every query and mutation at one HTTP route, and the GraphQL-over-HTTP convention sends
them there as a POST with the query in a JSON body (`{"query": ..., "variables": ...}`); a document that names the
route as the GraphQL endpoint states that route, and POST is the method its clients use. Where the sentence names a
method (`GET /graphql` for persisted queries) the request-line rules read it instead.

Left alone: "GraphQL API" or "GraphQL server" with no path, a path the sentence does not call the GraphQL endpoint,
and a full URL on another host (an external service the document uses, not its own route).
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS, split_target

_PATH = r"[*_`]{0,2}(?P<path>/[\w./{}:-]*)[*_`]{0,2}"
_CALLED = re.compile(
    rf"(?i)\bgraphql\s+endpoint\b(?:\s+(?:is|at|lives\s+at|is\s+(?:served|available|exposed)\s+at))?\s*:?\s*{_PATH}"
    rf"|{_PATH.replace('path', 'before')}\s+(?:is|serves\s+as)\s+the\s+graphql\s+endpoint\b"
)
_NAMED_METHOD = re.compile(r"\b(?:" + "|".join(METHODS) + r")\s+/")


def graphql_endpoints(doc: Document) -> list[Mention]:
    """A POST for each path a paragraph, list item or heading calls the GraphQL endpoint (see the module)."""
    found: list[Mention] = []
    for section in doc.sections:
        for block in section.blocks:
            texts = (
                [block.text] if block.kind == "text" else [t for _, t in block.items] if block.kind == "list" else []
            )
            for text in texts:
                for match in _CALLED.finditer(text):
                    path = match["path"] or match["before"]
                    sentence = text[max(0, match.start() - 80) : match.end() + 80]
                    if len(path) > 1 and not _NAMED_METHOD.search(sentence):
                        found.append(
                            Mention("POST", split_target(path.rstrip(".:")), block.where, "line", inferred=True)
                        )
    return found


__all__ = ["graphql_endpoints"]
