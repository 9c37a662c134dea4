"""Form fields a diagram box names beside the routes the form sends to: a Mermaid flowchart of a page's parts,
one box per template, its label lines joined by HTML line breaks:

    body --> cem["<b>create_edit_modal.html</b><br/>fields: title · enabled<br/>Source: source_id · source_path
    <br/>POST /api/jobs/ · PUT /api/jobs/{id}"]

A line of the box that lists names in code style (lowercase words joined by ` · ` or commas, after a label and
a colon or alone) names the fields of the form the box draws; the routes in the same box that send a body
(POST, PUT, PATCH) are what the form submits, so each name is an optional body field of each (nothing says one
is required). Read only in a box that states such a route and only from lines of two or more names: a box of
GET routes, or one listing filter choices ("Status: new · ok · error") with no route, gives nothing; a line of
words in other case ("Scripts & filters") names no field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import REQUEST_LINE, path_key, split_target

_LABEL = re.compile(r"\"([^\"]*)\"")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_NAME = r"[a-z][a-z0-9_]*"
_NAMES = re.compile(rf"^(?:[^:]{{1,40}}:\s*)?(?P<names>{_NAME}(?:\s*[·,]\s*{_NAME})+)$")
_WRITES = ("POST", "PUT", "PATCH")


def boxed_fields(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, optional body field) for each field name a Mermaid box lists beside a write route it states."""
    for section in sections:
        for block in section.blocks:
            if block.kind != "code" or block.lang.lower() != "mermaid":
                continue
            for label in _LABEL.findall(block.text):
                lines = [_TAG.sub("", line).strip() for line in _BREAK.split(label)]
                routes = [
                    (m["method"], path_key(split_target(m["target"]).path))
                    for line in lines
                    for m in REQUEST_LINE.finditer(line)
                    if m["method"] in _WRITES
                ]
                names = [
                    name.strip()
                    for line in lines
                    if (match := _NAMES.match(line))
                    for name in re.split(r"[·,]", match["names"])
                ]
                for key in routes:
                    if (endpoint := endpoints.get(key)) is None:
                        continue
                    for name in names:
                        if (name, "body") not in endpoint.params:
                            yield endpoint, Param(name, "body", block.where, False, origin="list")
