"""A parameter named `key` that its description calls what identifies an item: "Registry key identifying the
DataArray. If only one DataArray is registered the key may be omitted."

A bare `key` is read as a credential (an API key: a security scheme, not an argument). Described as the key that
identifies one of the service's own items (a registry's entry, a stored record), it is the caller's choice of
item, an argument like any name or id. A description that speaks of access, accounts, users or secrets ("API key
identifying your account") stays a credential's.
"""

from __future__ import annotations

import re

_IDENTIFIES = re.compile(r"(?i)\bkey\b[^.]{0,40}?\bidentif(?:y|ies|ying)\b")
_CREDENTIAL = re.compile(
    r"(?i)\b(?:api|access|secret|auth\w*|account|users?|client|credentials?|tokens?|password|private|"
    r"sign(?:ed|ing|ature)?|subscription|developer|app(?:lication)?|caller|requests?)\b"
)


def identifies_item(name: str, description: str) -> bool:
    """`key` described as what identifies one of the service's items, not the caller."""
    return name.lower() == "key" and bool(_IDENTIFIES.search(description)) and not _CREDENTIAL.search(description)
