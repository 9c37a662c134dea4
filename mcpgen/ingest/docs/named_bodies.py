"""Body examples a label names by their route's resource, away from the route: a table row `POST /purge`, then
"**Purge body examples:**" over a block of one-line JSON objects (`{"by": "all"}`, `{"by": "key", "target": ...}`).

A label "<name> body examples:" (or "request body example", "payload example") says the block under it shows
bodies of the request that <name> names; in a section that states routes, the write route (POST, PUT, PATCH)
whose last literal path segment is that name is the one meant. The block's objects are that request's bodies:
their keys are its fields, a key that some examples go without is optional. Only one route may answer to the
name, and a label about responses or results names no request."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .endpoint import Endpoint
from .params import Param
from .requests import parse_json_lines

_LABEL = re.compile(
    r"^[*_\s]*(?P<name>[A-Za-z][\w-]*)\s+(?:request\s+)?(?:body|payload)\s+examples?[*_\s]*:?[*_\s]*$", re.I
)


def _last_literal(path: str) -> str:
    segments = [s for s in path.strip("/").split("/") if s and "{" not in s]
    return segments[-1].lower() if segments else ""


def named_body_examples(
    sections: list[Section], keys: list[list[tuple[str, str]]], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each key of the body examples a label names by their route's last segment."""
    for section, section_keys in zip(sections, keys, strict=True):
        writes = [k for k in dict.fromkeys(section_keys) if k[0] in ("POST", "PUT", "PATCH") and k in endpoints]
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            label = _LABEL.match(before.text) if before.kind == "text" and block.kind == "code" else None
            if label is None:
                continue
            named = [k for k in writes if _last_literal(k[1]) == label["name"].lower()]
            values = [v for v in parse_json_lines(block.text) if isinstance(v, dict)]
            if len(named) != 1 or not values:
                continue
            always = set.intersection(*(set(v) for v in values))
            for name in dict.fromkeys(n for v in values for n in v):
                yield (
                    endpoints[named[0]],
                    Param(name, "body", block.where, None if name in always else False, origin="example request"),
                )


__all__ = ["named_body_examples"]
