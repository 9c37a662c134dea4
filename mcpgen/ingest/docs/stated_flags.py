"""A parameter's obligation stated as a labelled value in its description: `Required: Yes` / `Required: No`
(also `Mandatory: false`, `Optional: yes`), the way a description laid out as lines (an rst line block under
a bold name, `| Type: String`, `| Required: No`, or the same lines as bullets) gives each property its own
label and value. The value decides: the label's word alone ("Required") would read `Required: No` as
required, while the line says the opposite.
"""

from __future__ import annotations

import re
from typing import Any

_YES = r"(?:yes|y|true|always)"
_NO = r"(?:no|n|false|never)"
_STATED = re.compile(
    rf"(?i)(?:^|[.;,|]\s*|\s)(?P<label>required|mandatory|optional)\s*[:=]\s*(?P<value>{_YES}|{_NO})"
    r"(?=\s*(?:[.;,|)]|$)|\s+(?-i:[A-Z]))"  # the line ends there, or the next label (`Type: ...`) follows
)


def stated_required(text: str) -> bool | None:
    """True or False when the text labels the parameter's obligation with a yes/no value, None otherwise."""
    match = _STATED.search(text)
    if match is None:
        return None
    yes = re.fullmatch(_YES, match["value"], re.I) is not None
    return yes if match["label"].lower() != "optional" else not yes


_FLAG_LINE = re.compile(rf"(?i)\s*(?:required|mandatory|optional)\s*[:=]\s*(?:{_YES}|{_NO})\s*\.?\s*")


def lists_properties(definition: Any, n: Any) -> bool:
    """A definition that is nothing but bullets of one name's properties (`**limit**` over `* Maximum items`,
    `* Type: Number`, `* Required: No`): one of its items is a `Required: Yes/No` line, a property of the term
    itself, never an entry of a list the term labels. The bullets are then the term's description, as the same
    lines in a line block are."""
    bullets = [c for c in definition.children if isinstance(c, n.bullet_list)]
    return any(_FLAG_LINE.fullmatch(item.astext()) for bullet in bullets for item in bullet.children)
