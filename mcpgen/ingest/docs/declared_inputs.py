"""Input fields a page prints as data: an object with a field's `name` and a `required` flag (a service's
inputs scheme, a form's elements: `{'type': 'text', 'name': 'topic', 'required': False}`), in JSON or as a
Python literal. A route whose example bodies send a field of that name takes it with that flag: examples
showing it every time do not make it required when the page's own declaration says it is not."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param

_OBJECT = re.compile(r"\{[^{}]*\}")
_NAME = re.compile(r"""["']name["']\s*:\s*["'](?P<name>[A-Za-z_][\w-]*)["']""")
_REQUIRED = re.compile(r"""["']required["']\s*:\s*(?P<flag>True|False|true|false)\b""")


def declared_flags(docs: Iterable[Document]) -> dict[str, bool]:
    """Field name -> required, for each name the pages' code declares with one flag only."""
    flags: dict[str, set[bool]] = {}
    for doc in docs:
        for section in doc.sections:
            for block in section.blocks:
                if block.kind != "code":
                    continue
                for match in _OBJECT.finditer(block.text):
                    name, flag = _NAME.search(match[0]), _REQUIRED.search(match[0])
                    if name and flag:
                        flags.setdefault(name["name"], set()).add(flag["flag"].lower() == "true")
    return {name: next(iter(seen)) for name, seen in flags.items() if len(seen) == 1}


def declared_inputs(docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[..., None]) -> None:
    """Give each route whose example bodies send a declared field that field with its declared flag."""
    flags = declared_flags(docs)
    for endpoint in endpoints if flags else ():
        sent = {key for example in endpoint.request_examples if isinstance(example, dict) for key in example}
        for name in sorted(sent & flags.keys()):
            known = endpoint.params.get((name, "body"))
            if known is None:
                where = endpoint.where
                add(endpoint, Param(name, "body", where, flags[name], origin="schema section"))
            elif known.required is None:
                known.required = flags[name]
