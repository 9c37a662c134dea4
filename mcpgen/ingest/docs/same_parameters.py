"""A route section that says it takes the parameters of the route above, but one: "### 3. Batch variant — `GET
/files/info/batch`", then "Same parameters, but `ids=<id1,id2,...>` (comma-joined)". The route takes what the
section above states for its route, and the parameter the sentence names after "but" in its query form
(`name=value`) is its own; where that name is the plural of one of the route above (`ids` for `id`: the batch
route takes a list where the single one takes one value), it stands in that one's place.

Read only where the section's first paragraph opens with "Same parameters" or "Same query parameters" (with
"as above" / "as the previous ..." allowed): a section that says it in words of its own, or "Same as above" (read
by `same_as_above`), is not this. The names after "but" must be written in code as `name=value`.

A section may also send the parameters of the route above in another place: "You can do a POST request with all
of the above parameters in the body of the request" under `##### POST requests:`, after the `GET` section listing
the query parameters of the same path. The route takes each query parameter of that one (its requiredness kept,
"all of the above" carrying it) as a field of its body. Read only where a sentence of the section says "all (of)
the above" or "the same" parameters (arguments, fields) go "in the body", and the section above states exactly one
other route of the same path: a body said to hold other things ("the style can be passed as JSON") adds nothing.
"""

from __future__ import annotations

import re

from .blocks import Section
from .same_as_above import routes_with_above

_SAME = re.compile(
    r"^\W*(?:the\s+)?same\s+(?:(?:query|request|url)\s+)?(?:parameters|params|arguments|query\s+string)"
    r"(?:\s+as\s+(?:(?:the\s+)?above|the\s+(?:previous|preceding)\s+(?:one|endpoint|request|route|call)))?"
    r"\s*[,;:]?\s*(?:but|except(?:\s+that)?)\s+(?P<rest>.*)",
    re.I | re.S,
)
_QUERY_NAME = re.compile(r"`(?P<name>[A-Za-z_][\w.-]*)=[^`]*`")


def _variant(section: Section) -> list[str] | None:
    """The names the section gives after "Same parameters, but", when it opens so; else None."""
    text = next((b.text for b in section.blocks if b.kind == "text"), "")
    match = _SAME.match(text)
    if not match:
        return None
    first = re.split(r"(?<=[.;])\s|\(", match["rest"], maxsplit=1)[0]
    return [m["name"] for m in _QUERY_NAME.finditer(first)]


def same_parameters(
    sections: list[Section], keys: list[list[tuple[str, str]]]
) -> list[tuple[tuple[str, str], tuple[str, str], set[str], list[str]]]:
    """(route, the route above whose parameters it takes, the names it leaves out, the names it adds) for each route
    of a section that takes the parameters of the one above but one (see the module)."""
    found = []
    for section, mine, above in routes_with_above(sections, keys):
        added = _variant(section) if len(above) == 1 else None
        if added:
            left_out = {name[:-1] for name in added if name.endswith("s")}
            found.extend((key, above[0], left_out, added) for key in mine if key != above[0])
    return found


_ABOVE_IN_BODY = re.compile(
    r"(?i)\b(?:all\s+(?:of\s+)?the\s+above|the\s+same)\s+(?:parameters|params|arguments|fields|options)\s+"
    r"(?:(?:are\s+)?sent\s+)?in\s+the\s+(?:request\s+)?body\b"
)


def above_in_body(
    sections: list[Section], keys: list[list[tuple[str, str]]]
) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(route, the route above whose query parameters it sends in its body) for each route of a section that says
    it sends "all of the above parameters in the body" (see the module)."""
    found = []
    for section, mine, above in routes_with_above(sections, keys):
        said = any(_ABOVE_IN_BODY.search(b.text) for b in section.blocks if b.kind == "text")
        for key in mine if said else ():
            sources = [k for k in above if k[1] == key[1] and k != key]
            if len(sources) == 1:
                found.append((key, sources[0]))
    return found


__all__ = ["above_in_body", "same_parameters"]
