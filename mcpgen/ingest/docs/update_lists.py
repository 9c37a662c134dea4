"""An update whose description lists what it changes after "to update" ("you can issue a PUT request to update
`text`, `author` and `website`"), where each name listed is a body field of a request of the page that creates
(POST) something: the update sends those fields in its body, none of them said to be required, so each is an
optional body field.

Unlike `and_or_updates`, the creating request need not sit at the update's parent path (`POST /new` beside
`PUT /id/{id}`): the list is read only when every name in it is a body field of one and the same POST of the page,
so a list of prose words ("to update the title and the description") or of names the page gives no request adds
nothing. Read on a PUT or PATCH only, after the verb update, change, edit or modify.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .endpoint import Endpoint
from .params import Param

_NAME = r"`?[A-Za-z_](?:[\w.-]*\w)?`?"
_LIST = re.compile(
    rf"(?i)\bto (?:update|change|edit|modify) (?P<list>{_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})"
)


def update_lists(endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]) -> None:
    """Give each PUT or PATCH the creating POST's body fields its description lists after "to update"."""
    endpoints = list(endpoints)
    creates = [
        {name for name, location in e.params if location in ("body", "")} for e in endpoints if e.method == "POST"
    ]
    for endpoint in (e for e in endpoints if e.method in ("PUT", "PATCH")):
        said = _LIST.search(f"{endpoint.summary}. {endpoint.description}")
        if said is None:
            continue
        names = [n.strip("`") for n in re.findall(_NAME, said["list"]) if n.strip("`") not in ("and", "or")]
        if not any(set(names) <= fields for fields in creates):
            continue
        for name in names:
            if not any(n == name for n, _ in endpoint.params):
                add(endpoint, Param(name, "body", endpoint.where, False, origin="prose"))
