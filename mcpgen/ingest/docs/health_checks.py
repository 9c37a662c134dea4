"""A list item that names a path and says it is for health checks, in a document that writes its other routes
with their methods:

    - `serve` listens on `http://127.0.0.1:8080`:
      - `/ui`: the configuration UI
      - `/health`: open, for health checks

A health check (a liveness or readiness probe) is a route a monitor, a load balancer or an orchestrator polls to
learn whether the service is up: a plain read, fetched with GET (the method its description names alone, when it
names one), and an operation of the service even where the document gives it no method. The other paths of such a
list (a browser UI, the documentation page) say nothing of being requested by a machine and are left.
"""

from __future__ import annotations

import re

from .blocks import Document
from .mention import Mention
from .requests import METHODS, split_target

_ITEM = re.compile(r"^\s*`(?P<path>/[\w./{}-]*)`\s*(?::|-|\u2013|\u2014)\s*(?P<rest>\S.*)$", re.S)
_HEALTH = re.compile(r"(?i)\b(?:health[- ]?checks?|health[- ]?probes?|liveness|readiness)\b")
_NAMED_METHOD = re.compile(r"\b(" + "|".join(METHODS) + r")\b")


def health_check_items(doc: Document) -> list[Mention]:
    """A GET (or the method named alone) for each list item's path described as being for health checks."""
    found: list[Mention] = []
    for section in doc.sections:
        for block in (b for b in section.blocks if b.kind == "list"):
            for _, item in block.items:
                match = _ITEM.match(item)
                if match is None or not _HEALTH.search(match["rest"]):
                    continue
                named = set(_NAMED_METHOD.findall(match["rest"]))
                method = named.pop() if len(named) == 1 else "GET"
                found.append(Mention(method, split_target(match["path"]), block.where, "line", inferred=not named))
    return found


__all__ = ["health_check_items"]
