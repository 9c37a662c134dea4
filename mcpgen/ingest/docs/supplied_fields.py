"""Coded names the prose of a request's section says the caller supplies: "`reference_plus_prompt` uses the cached
voice plus a supplied `prompt_wav_path` and matching `prompt_text`" under the example request that sends the
JSON body. A name the request is said to be given ("a supplied `x`", "a provided `x`", and one joined to it by
"and") is a field of that request's body; the sentence describes one use of it, so it is not required. Only
coded names, only after "supplied"/"provided" used as an adjective on the name, and only for a request that
sends a body."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param

_SUPPLIED = re.compile(
    r"\b(?:a|an|the)\s+(?:user-)?(?:supplied|provided)\s+`(?P<first>[A-Za-z_]\w*)`"
    r"(?:\s+and\s+(?:\w+\s+)?`(?P<second>[A-Za-z_]\w*)`)?"
)


def supplied_fields(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each request with a body the coded names its sections' prose says are supplied, optional."""
    for endpoint in (e for e in endpoints if e.has_body and e.request_examples):
        for section in endpoint.sections:
            for block in (b for b in section.blocks if b.kind == "text"):
                for match in _SUPPLIED.finditer(" ".join(block.text.split())):
                    for name in filter(None, (match["first"], match["second"])):
                        if not any(n == name for n, _ in endpoint.params):
                            add(endpoint, Param(name, "body", endpoint.where, False, origin="prose"))
