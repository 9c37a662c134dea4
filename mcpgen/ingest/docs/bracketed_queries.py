"""A URL template that marks its optional query parameters in square brackets, and so states the others needed:

    | GET | `/v2/synthesize?utterance=<text>[&lang=…][&voice=…]` | Primary synthesis endpoint |

The brackets are the usage-line convention (`cmd <file> [--verbose]`): what is in brackets may be left out, and
what the writer left outside them may not. Where a template brackets some of its query parameters, each parameter
written before or between the brackets with a placeholder for its value (`<text>`, `{text}`) is one the request
must send: `utterance` is required, `lang` and `voice` optional.

Read only templates with at least one bracketed query part (a template with no brackets says nothing of need), and
only names whose value is a placeholder (a literal `?format=json` may be a fixed part of a route written so), for
the query parameters the route of that path already has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from urllib.parse import parse_qsl

from .blocks import Document
from .endpoint import Endpoint
from .params import Param
from .requests import is_placeholder, path_key, split_target

_TEMPLATE = re.compile(r"(?P<path>/[^\s`'\"?|<>()\[\]]*)\?(?P<query>[^\s`'\"|]*\[&[^\s`'\"|]*)")
_BRACKETED = re.compile(r"\[[?&][^\[\]]*\]")


def _texts(doc: Document) -> Iterator[str]:
    for section in doc.sections:
        for block in section.blocks:
            yield block.text
            yield from (cell for row in block.rows for cell in row)
            yield from (part for item in block.items for part in item)


def needed_in_templates(doc: Document) -> dict[str, set[str]]:
    """Per path key: the query names a bracketed template of the document writes outside its brackets."""
    found: dict[str, set[str]] = {}
    for text in _texts(doc):
        for match in _TEMPLATE.finditer(text or ""):
            outside = _BRACKETED.sub("", match["query"])
            names = {name for name, value in parse_qsl(outside, keep_blank_values=True) if is_placeholder(value)}
            if names:
                found.setdefault(path_key(split_target(match["path"]).path), set()).update(names)
    return found


def bracketed_needs(doc: Document, endpoints: Iterable[Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, required query parameter) for each name a bracketed template states needed (see the module)."""
    needed = needed_in_templates(doc)
    for endpoint in endpoints if needed else ():
        for name in needed.get(path_key(endpoint.path), set()):
            param = endpoint.params.get((name, "query"))
            if param is not None and param.required is None:
                yield endpoint, Param(name, "query", param.where, True, origin="request line")
