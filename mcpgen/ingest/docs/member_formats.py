"""A caption over a table of the members of a field the answer holds, after the answer's own table:

    Returned object:

    | Key    | Type    | Description                          |
    | pages  | Integer | Total number of pages                |
    | pastes | List    | List of objects with data of a paste |

    The ``pastes`` list will have objects with the following format:

    | Key      | Type    | Description                    |
    | paste_id | Integer | Numeric unique ID of the paste |

The caption names one field in code and says what its members are (objects, items, entries, elements) and that
their shape follows ("with the following format", "these keys:", "the following fields:"); it says nothing of a
part of the request. Written while the section is describing the response (a "Returned object" or "Response"
caption came last), it describes a field of that response, one level down: what comes back, not what is sent. A
caption naming no field in code, or one naming a part of the request ("Query string parameters:"), is not read so.
"""

from __future__ import annotations

import re

_MEMBERS = re.compile(
    r"(?i)`+[A-Za-z_][\w.-]*`+[^:]{0,60}?\b(?:objects?|items?|entries|entry|elements?|members?|records?)\b"
    r"[^:]{0,60}?\b(?:format|shape|structure|form|keys|fields|attributes|properties|layout)\b[^:]{0,20}:\s*$"
)


def describes_members(label: str) -> bool:
    """`label` is a caption saying the members of a field it names in code have the shape below."""
    return bool(_MEMBERS.search(" ".join(label.split())))


__all__ = ["describes_members"]
