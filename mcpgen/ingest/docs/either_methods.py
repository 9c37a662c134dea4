"""A resource line that says a request may be sent with either of two methods: `GET or POST http://<host>/api/check`.

A code block's line that opens with GET and POST joined by a spaced "or" (`method_pairs.joined_method_lines` reads its
two requests) names one operation a client may send either way. The section stating it describes that one operation, so
its parts ("Request", "Parameters") are read for the POST (`owners.section_owners`), and the inputs the document lists
for it are the same names whichever method carries them, in the query string of the GET and in the body of the POST, as
an HTML form or a curl command sends them. So what one of the two requests was given (the POST's body fields under
"Parameters", or the GET's query string) the other takes too, moved to its own place (and a name the other knows only
from an example, `--data "a=1"`, takes the need the list states). Lines that join methods with a slash (`GET/POST /x` in
a listing of routes) only list them and are not read so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .blocks import Document, Section
from .endpoint import Endpoint
from .method_pairs import either_method_lines
from .params import Param
from .requests import path_key, split_target

_PLACES = {"GET": "query", "POST": "body"}


def either_pair(section: Section) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """The (GET, POST) endpoint keys of the one `GET or POST` line a section's code blocks state, else None."""
    pairs = {
        path_key(split_target(raw).path)
        for block in section.blocks
        if block.kind == "code"
        for methods, raw in either_method_lines(block.text)
        if set(methods) == set(_PLACES)
    }
    if len(pairs) != 1:
        return None
    (key,) = pairs
    return ("GET", key), ("POST", key)


def either_method_inputs(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, param) for each input one request of a `GET or POST` line was given that the other lacks."""
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "code"):
            for methods, raw in either_method_lines(block.text):
                if set(methods) != set(_PLACES):
                    continue
                key = path_key(split_target(raw).path)
                pair = {m: endpoints.get((m, key)) for m in _PLACES}
                if any(e is None for e in pair.values()):
                    continue
                for method, endpoint in pair.items():
                    other = next(m for m in _PLACES if m != method)
                    target = pair[other]
                    assert endpoint is not None and target is not None
                    for (name, location), param in list(endpoint.params.items()):
                        if location not in (_PLACES[method], ""):  # "": not said, the method settles it later
                            continue
                        known = target.params.get((name, _PLACES[other])) or target.params.get((name, ""))
                        if known is None:
                            yield target, replace(param, location=_PLACES[other])
                        elif known.required is None:  # an example's `--data "a=1"`: named, its need not said
                            known.required = param.required


__all__ = ["either_method_inputs", "either_pair"]
