"""Query inputs a route's own line names after the words "query parameter(s)":

    - `GET /location` - Get a location by query parameters (location_id or name)
    - `GET /items` - List items, filtered by the query parameters `owner` and `tag`
    - `GET /search` - Search; query params: q, limit

A terse route list says what a request is narrowed by in its description; when the words say outright that these
are query parameters ("query parameter(s)", "query param(s)", "query string"), the names right after them, in a
parenthesis, after a colon, or directly, are the request's query parameters, whatever its method. Names joined by
"or" are alternatives, so none is required; names joined otherwise are stated without a word of need.

Read only where the shape is plain: the line states exactly one request, and what follows the words is a list of
names and nothing else up to the end of the parenthesis, sentence or clause: names in code, or bare lower-case
identifiers (two or more, or one with an underscore, so that "(optional)" or "(see below)" is no list), joined by
commas, slashes, "or", "and". A name that is a path parameter of the route, or words that go on ("query
parameters such as paging") give nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Document
from .cell_shapes import row_request
from .endpoint import Endpoint
from .params import Param
from .requests import path_key, request_lines, split_target

_NAME = r"(?:`[A-Za-z_][\w.-]*`|[a-z][a-z0-9]*(?:_[a-z0-9]+)*)"
_JOIN = r"\s*(?:,\s*(?:(?:or|and)\s+)?|/|\s(?:or|and)\s)\s*"
_END = r"(?=\s*(?:$|[.;)]|\s[-\u2014\u2013]\s))"
_QUERY_WORDS = re.compile(
    r"(?i:\bquery(?:[ -]string)?(?:\s+param(?:eter)?s?)?)"
    rf"(?:\s*\(\s*(?P<inside>{_NAME}(?:{_JOIN}(?:{_NAME}))*)\s*\)"  # "query parameters (a or b)"
    rf"|\s*:\s*(?P<after>{_NAME}(?:{_JOIN}(?:{_NAME}))*){_END}"  # "query params: a, b"
    rf"|\s+(?P<direct>{_NAME}(?:{_JOIN}(?:{_NAME}))*){_END})"  # "the query parameters `a` and `b`"
)
_NOT_NAMES = {"optional", "required", "or", "and", "see", "below", "above", "etc", "string", "strings", "only"}


def query_parameter_lists(
    doc: Document, endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, query parameter) for each name listed after "query parameter(s)" on its one request's line."""
    for section in doc.sections:
        for block in section.blocks:
            if block.kind == "list":
                lines = [text for _, text in block.items]
            elif block.kind == "text":
                lines = block.text.splitlines()
            elif block.kind == "table":
                lines = [" | ".join(row) for row in block.body_rows if request_lines(row_request(row))]
            else:
                continue
            for line in lines:
                stated = request_lines(line)
                if len(stated) != 1:
                    continue
                endpoint = endpoints.get((stated[0][1], path_key(split_target(stated[0][2]).path)))
                if endpoint is None:
                    continue
                path_names = {name for name, location in endpoint.params if location == "path"}
                for match in _QUERY_WORDS.finditer(line):
                    listed = match["inside"] or match["after"] or match["direct"]
                    alternatives = re.search(r"\bor\b", listed) is not None
                    names = _names(listed)
                    for name in names:
                        if name not in path_names:
                            required = False if alternatives else None
                            yield endpoint, Param(name, "query", block.where, required, origin="prose")


def _names(listed: str) -> list[str]:
    """The names of a list after "query parameters": coded ones any number, bare ones two or more or snake_case."""
    items = [item.strip() for item in re.split(_JOIN, listed) if item.strip()]
    coded = [item.strip("`") for item in items if item.startswith("`")]
    bare = [item for item in items if not item.startswith("`")]
    if any(item in _NOT_NAMES for item in bare):
        return []
    if bare and not coded and len(bare) < 2 and "_" not in bare[0]:
        return []
    return coded + bare
