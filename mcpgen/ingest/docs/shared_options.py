"""A sentence saying that several requests take the same inputs, naming the inputs in code:

    Both routes take the same options: `lang`, `limit`, `strict`.
    `POST /a` and `POST /b` accept these fields: `lang`, `limit`.

The subject is the requests, either written as request lines in code or as "both routes/endpoints/requests"
(the two requests of the section that carry a body, or the section's only two requests); the verb one of taking
(take, accept, support); the names follow a colon. Each named input is an input of each of those requests: in
its body for a request that carries one (POST, PUT, PATCH), else in its query. The sentence does not say whether
they are needed.

Left alone: "both routes" where the section does not state exactly two such requests, a sentence whose verb is
not one of taking ("both routes return: `id`" names what comes back), and names after no colon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, path_key, request_lines, split_target

_LINE = rf"`(?:{'|'.join(METHODS)})\s+/[^`\s]*`"
_SENTENCE = re.compile(
    rf"(?i)(?:^|(?<=[.!?]\s))(?P<subject>(?:both|the two) (?:routes|endpoints|requests|operations|calls)"
    rf"|{_LINE}(?:\s*,\s*{_LINE})*,?\s+and\s+{_LINE})\s+(?:also\s+|both\s+)?(?:take|accept|support)s?\b"
    r"[^:.`]{0,60}:\s*(?P<names>`[A-Za-z_][\w-]*`(?:\s*,?\s*(?:and\s+|or\s+)?`[A-Za-z_][\w-]*`)*)"
)
_STATED = re.compile(rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`")
_BODIED = {"POST", "PUT", "PATCH"}


def _section_requests(section: Section, endpoints: dict[tuple[str, str], Endpoint]) -> list[Endpoint]:
    """The routes the section states (in its tables, lists and text), in order, once each."""
    texts = [b.text for b in section.blocks if b.kind == "text"]
    texts += [" ".join(row) for b in section.blocks if b.kind == "table" for row in b.rows]
    texts += [item for b in section.blocks if b.kind == "list" for _, item in b.items]
    found: list[Endpoint] = []
    for text in texts:
        for _, method, raw in request_lines(text.replace("`", " ")):
            endpoint = endpoints.get((method, path_key(split_target(raw).path)))
            if endpoint is not None and endpoint not in found:
                found.append(endpoint)
    return found


def shared_options(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(a request, an input it shares) for each sentence saying several requests take the same inputs."""
    for section in sections:
        for block in (b for b in section.blocks if b.kind == "text"):
            for match in _SENTENCE.finditer(" ".join(block.text.split())):
                named = [
                    endpoints.get((m["method"], path_key(split_target(m["path"]).path)))
                    for m in _STATED.finditer(match["subject"])
                ]
                if not named:  # "both routes": the section's two
                    stated = _section_requests(section, endpoints)
                    bodied = [e for e in stated if e.method in _BODIED]
                    named = bodied if len(bodied) == 2 else stated if len(stated) == 2 else []
                for endpoint in (e for e in named if e is not None):
                    location = "body" if endpoint.method in _BODIED else "query"
                    for name in re.findall(r"`([^`]+)`", match["names"]):
                        yield endpoint, Param(name, location, block.where, origin="prose")


__all__ = ["shared_options"]
