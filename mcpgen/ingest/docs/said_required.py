"""Request fields a route's prose says must be sent, named in code:

    The required JSON properties in the POST data are `username` (alphanumeric), `email` and `password`.
    Both the `username` and `password` of the account must be provided by the client.
    The current password must always be specified in `old_password`.
    This call requires a `username` and `email`.  It requires a recovery key (`key`) from the e-mail.

A sentence listing "the required" properties, fields or parameters; names as the subject of "must be provided"
(specified, given, sent, supplied, included, passed); a value that "must be specified in" a named field; and
the names the route "requires", with no name before the verb (a sentence whose subject is itself a field,
"`a` requires `b`", says one field depends on another). Each is a plain statement that the request carries the
field, so the field is required. Only fields the route is known to take (listed, or keys of its request
example) are marked: a sentence says whether a field is needed, the example or the list says it exists."""

from __future__ import annotations

import re
from collections.abc import Callable

from .blocks import Where
from .endpoint import Endpoint
from .params import Param

_NAME = r"`(?P<n>[A-Za-z_][\w.-]*)`"
_ONE = r"`[A-Za-z_][\w.-]*`(?:\s*\([^()`]{0,60}\))?"
_RUN = rf"{_ONE}(?:\s*(?:,\s*(?:and\s+|or\s+)?|and\s+)(?:the\s+)?{_ONE})*"
_SENT = r"(?:provided|specified|given|sent|supplied|included|passed)"
_LISTED = re.compile(
    rf"\b[Tt]he\s+required\s+(?:[\w-]+\s+){{0,2}}(?:properties|fields|parameters|params|keys|arguments|inputs)\b"
    rf"[^.;:`]{{0,40}}?(?:\s(?:are|is|include)\s*:?|:)\s*(?P<run>{_RUN})"
)
_SUBJECT = re.compile(
    rf"(?:^|[.;!?]\s+)(?:(?:[Bb]oth|[Oo]nly|[Ee]ither|[Aa]lso)\s+)?(?:[Tt]he\s+)?(?P<run>{_RUN})"
    rf"(?:\s+(?:of|for)\s+(?:the|this|an?)\s+[\w-]+){{0,2}}\s+must\s+(?:always\s+|also\s+)?be\s+{_SENT}\b"
)
_INTO = re.compile(rf"\bmust\s+(?:always\s+|also\s+)?be\s+{_SENT}\s+(?:in|as)\s+(?:the\s+)?{_NAME}")
_REQUIRES = re.compile(
    rf"(?:^|[.;!?]\s+)(?P<subject>[^.;!?`]*?)\brequires\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){{0,3}}?\(?(?P<run>{_RUN})"
)


def said_required(text: str) -> list[str]:
    """The names `text`'s sentences say the request must carry (see the module)."""
    flat = " ".join(text.replace("*", "").split())
    found: list[str] = []
    for pattern in (_LISTED, _SUBJECT, _REQUIRES):
        for match in pattern.finditer(flat):
            if pattern is _REQUIRES and re.search(r"\b(?:if|when|unless)\b", match["subject"], re.I):
                continue  # "when ... is set, it requires `b`": a condition, not what every request carries
            found.extend(re.findall(r"`([^`]+)`", re.sub(r"\([^()]*\)", "", match["run"])))
    found.extend(match["n"] for match in _INTO.finditer(flat))
    return list(dict.fromkeys(found))


def mark_said_required(endpoint: Endpoint, text: str, where: Where, add: Callable[[Endpoint, Param], None]) -> None:
    """Mark required the known fields `text` says must be sent; a key of the request example not yet listed is
    added as a required field of unsaid location (the example makes it a body field)."""
    example_keys = {key for example in endpoint.request_examples if isinstance(example, dict) for key in example}
    for name in said_required(text):
        known = [p for (n, location), p in endpoint.params.items() if n == name and location != "path"]
        for param in known:
            param.required = True
        if not known and name in example_keys:
            add(endpoint, Param(name, "", where, True, origin="prose"))


__all__ = ["mark_said_required", "said_required"]
