"""An item of a list of parameters that states a rule over the items above it instead of a name of its own:

    * ``sender.name`` - Name of sender
    * ``subject`` - Message subject
    * Add ``_contains`` suffix to any field above to search substring match, e.g.: ``subject_contains``

The item gives each name listed above it a twin with the suffix joined on (`sender.name_contains`,
`subject_contains`): a name the route takes as the others are, in the same place, and as optional as a variant
one may use instead. The rule is read only where the item says so in words any reader takes as such ("add
`_x` (suffix) to any/each/every/all field(s)/parameter(s)/filter(s) above") and only over the names the same
list gives above that item which the route already takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .blocks import Block, Document
from .endpoint import Endpoint
from .params import Param

_RULE = re.compile(
    r"(?i)^\W*(?:add|append)\s+(?:the\s+|a\s+)?[`*]{1,2}(?P<suffix>[_.\-][\w.\-]*)[`*]{1,2}\s+(?:suffix\s+|postfix\s+)?"
    r"to\s+(?:any|each|every|all)\s+(?:of\s+the\s+)?(?:fields?|parameters?|filters?|names?|keys?)\s+above\b"
)
_NAME = re.compile(r"^\W*[`*]{1,2}(?P<name>[A-Za-z_][\w.\-]*)[`*]{1,2}")


def _rules(block: Block) -> Iterator[tuple[str, list[str]]]:
    names: list[str] = []
    for _, item in block.items:
        if rule := _RULE.match(item.strip()):
            yield rule["suffix"], list(names)
        elif name := _NAME.match(item.strip()):
            names.append(name["name"])


def suffixed_fields(doc: Document, endpoints: dict[tuple[str, str], Endpoint]) -> Iterator[tuple[Endpoint, Param]]:
    """(an endpoint, the suffixed twin of a name it takes) for each suffix rule a list of its parameters states."""
    for block in (b for s in doc.sections for b in s.blocks if b.kind == "list"):
        for suffix, names in _rules(block):
            for endpoint in endpoints.values():
                taken = {name: param for (name, location), param in endpoint.params.items() if location != "path"}
                if names and all(name in taken for name in names):
                    for name in names:
                        yield endpoint, replace(taken[name], name=name + suffix, required=False)


__all__ = ["suffixed_fields"]
