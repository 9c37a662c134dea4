"""A key of an example body that is another spelling of a field the document names for the same request:

    **Name**, **ip**, **user_id** are required.

    $ curl -X POST http://localhost:5000/api/vms -d '{"ip": "10.0.2.4", "name": "VM1", "userId": 2}'

The example writes the field the sentence names `user_id` in camel case, `userId`: the same field, spelled the
way the example's language spells it, not a second field of the body. A key whose camel case letters, turned to
snake case, give a field already stated by name (in prose, a table, a list) is that field and adds nothing; a key
that turns to no stated field stays a field of its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection


def snake(name: str) -> str:
    """`userId` -> `user_id`, `reservationStartAt` -> `reservation_start_at`; a name with no capital as it is."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda m: "_" + m[1].lower(), name)


def spelled_twin(name: str, stated: Collection[str]) -> bool:
    """Whether an example key is a camel case spelling of a stated field (see the module)."""
    twin = snake(name)
    return twin != name and twin in stated


__all__ = ["snake", "spelled_twin"]
