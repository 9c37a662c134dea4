"""httpdomain directives written one after the other that share one set of fields.

Sphinx lets several signatures share one description by stacking the directives: `.. http:get:: /visit/nodes/:src`
right over `.. http:get:: /visit/edges/:src`, the first with no content at all, the second holding the text and the
field list that describe both (as `.. py:function::` signatures stacked over one body). A writer does the same for
one resource written with two methods that send the same request, `.. http:post:: /media/` ("Add archives") right
over `.. http:put:: /media/` ("Replace all content") and the `:reqheader:` fields after the second: the first says
what it does in a sentence and states no field of its own, and the fields below describe the request both send.

So, before the tree is reduced, an httpdomain directive directly followed by another gets a copy of the next one's
field lists when it has none of its own and either
- it has no content at all (stacked signatures), or
- both write the same path (placeholders aside) with methods that send a body (POST, PUT, PATCH).
A directive that states its own fields, one that describes itself but sits over a different path or a method that
sends nothing (a `GET /items` over the `POST /items` and its body fields), keeps what it states.
"""

from __future__ import annotations

import copy
import itertools
import re
from typing import Any

_WRITES = frozenset({"POST", "PUT", "PATCH"})


def share_stacked_fields(document: Any, n: Any) -> None:
    """Give each bare or body-sharing httpdomain directive the field lists of the directive right after it."""
    for parent in list(document.findall(n.Element)):
        children = [c for c in parent.children if not isinstance(c, (n.system_message, n.comment))]
        # from the last pair up, so a run of three stacked signatures passes the fields back to the first
        for first, second in reversed(list(itertools.pairwise(children))):
            if not (_directive(first, n) and _directive(second, n)):
                continue
            if any(isinstance(c, n.field_list) for c in first.children):
                continue
            fields = [c for c in second.children if isinstance(c, n.field_list)]
            if fields and (not first.children or _same_write(first["http"], second["http"])):
                first.extend(copy.deepcopy(f) for f in fields)


def _directive(node: Any, n: Any) -> bool:
    return isinstance(node, n.section) and "http" in node.attributes


def _same_write(first: tuple[str, str, str], second: tuple[str, str, str]) -> bool:
    methods = first[0], second[0]
    return set(methods) <= _WRITES and methods[0] != methods[1] and _shape(first[1]) == _shape(second[1])


def _shape(path: str) -> str:
    return re.sub(r"\{[^{}]*\}", "{}", path).rstrip("/")
