"""An update whose description names the fields it changes, joined by "and/or" ("Update profile ref_audio
and/or ref_text"), where those names are fields the page gives the request that creates the same resource
(`POST /profiles` lists `profile_id`, `ref_audio`, `ref_text`): the update sends those fields in its body, and
"and/or" says either may be left out, so each is an optional body field. Only names the creating request states
count (a word of prose is not a field), and only on an update (PATCH or PUT) of an item of the collection that
request creates (`/profiles/{profile_id}`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param
from .requests import path_key

_NAME = r"`?[A-Za-z_][\w.-]*`?"
_CHAIN = re.compile(rf"(?:{_NAME}\s*,\s*)*{_NAME},?\s+and/or\s+{_NAME}")
"""`a and/or b`, `a, b and/or c`: names joined by "and/or"."""


def _named(text: str) -> set[str]:
    return {name.strip("`") for chain in _CHAIN.findall(text) for name in re.findall(_NAME, chain)} - {"and", "or"}


def and_or_updates(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each PATCH or PUT of an item the creating POST's body fields its description joins by "and/or"."""
    endpoints = list(endpoints)
    creates = {path_key(e.path): e for e in endpoints if e.method == "POST"}
    for endpoint in (e for e in endpoints if e.method in ("PATCH", "PUT")):
        parent, _, last = endpoint.path.rstrip("/").rpartition("/")
        create = creates.get(path_key(parent)) if last.startswith("{") else None
        if create is None or "and/or" not in (text := f"{endpoint.summary} {endpoint.description}"):
            continue
        fields = {name for name, location in create.params if location == "body"}
        for name in sorted(_named(text) & fields):
            if not any(n == name for n, _ in endpoint.params):
                add(endpoint, Param(name, "body", endpoint.where, False, origin="prose"))
