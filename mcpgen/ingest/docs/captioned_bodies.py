"""Request bodies under a caption that names their requests, and the sentence after them that says which fields
are required:

    **`POST /api/notes` — request body:**
    ```json
    {"title": "...", "text": "..."}
    ```
    All fields except `title` are optional.

A caption is a short paragraph of its own, ending with a colon, that names one or more request lines in code
(`POST /api/notes`, "`POST /a` and `POST /b`") and calls what follows their request or body; the JSON object in
the code block right under it is what each named request sends, its top-level keys that request's body fields.
A caption that calls the block a response, reply or result names no request body.

A sentence right after such bodies that says "all fields except `x` are optional" or "only `x` is required"
(`x` and `y` ...) sets the required flags of the bodies just stated: the named fields required, the others not.
Bodies captioned back to back, with no prose between them, are stated together, and the sentence after the last
speaks of them all.

Left alone: a request line the document does not state as a route, a caption over a block that is no JSON object,
and a sentence that names no field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Block, Section
from .endpoint import Endpoint
from .params import Param
from .requests import METHODS, parse_json_lines, path_key, split_target

_LINE = re.compile(rf"`(?P<method>{'|'.join(METHODS)})\s+(?P<path>/[^`\s]*)`")
_BODY_WORD = re.compile(r"(?i)\b(?:request|body|payload)\b")
_ANSWER = re.compile(r"(?i)\b(?:responses?|reply|replies|results?|returns?|output)\b")
_EXCEPT = re.compile(
    r"(?i)^\s*all (?:the )?(?:other )?(?:fields|keys|properties|parameters) except (?P<names>.+?) are optional\b"
)
_ONLY = re.compile(r"(?i)^\s*only (?P<names>.+?) (?:is|are) required\b")
_NAME = re.compile(r"`([A-Za-z_][\w.-]*)`")
_MAX_CAPTION = 120


def _caption(block: Block) -> list[tuple[str, str]]:
    """(METHOD, path) for each request the paragraph names, when it is a request-body caption; else []."""
    text = block.text.strip().replace("*", "").strip()
    if block.kind != "text" or len(text) > _MAX_CAPTION or not text.endswith(":") or "\n" in text:
        return []
    words = _LINE.sub(" ", text)
    if not _BODY_WORD.search(words) or _ANSWER.search(words):
        return []
    return [(m["method"], split_target(m["path"]).path) for m in _LINE.finditer(block.text)]


def _required(block: Block) -> set[str] | None:
    """The fields a sentence calls the only required ones ("All fields except `x` are optional"), or None."""
    if block.kind != "text":
        return None
    match = _EXCEPT.match(block.text) or _ONLY.match(block.text)
    names = set(_NAME.findall(match["names"])) if match else set()
    return names or None


def captioned_bodies(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the request, a field of its body) for each captioned request body (see the module)."""
    for section in sections:
        blocks = section.blocks
        run: list[tuple[Endpoint, str, Block]] = []
        index = 0
        while index < len(blocks):
            named = _caption(blocks[index])
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            values = parse_json_lines(following.text) if following is not None and following.kind == "code" else []
            if named and len(values) == 1 and isinstance(values[0], dict) and values[0]:
                for method, path in named:
                    endpoint = endpoints.get((method, path_key(path)))
                    run += [(endpoint, name, following) for name in values[0] if endpoint is not None]
                index += 2
                continue
            needed = _required(blocks[index])
            yield from _flushed(run, needed)
            run = []
            index += 1
        yield from _flushed(run, None)


def _flushed(run: list[tuple[Endpoint, str, Block]], needed: set[str] | None) -> Iterator[tuple[Endpoint, Param]]:
    for endpoint, name, block in run:
        required = None if needed is None else name in needed
        yield endpoint, Param(name, "body", block.where, required=required, origin="example request")


__all__ = ["captioned_bodies"]
