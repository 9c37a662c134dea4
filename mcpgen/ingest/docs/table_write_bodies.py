"""A JSON object printed right under a route table whose rows hold one write alone:

    | Method | Path | Description |
    |---|---|---|
    | GET | `/api/labels` | List labels |
    | PUT | `/api/labels/{id}` | Upsert a label |
    | DELETE | `/api/labels/{id}` | Delete a label |

    ```json
    {"colour": "red", "title": "urgent"}
    ```

A terse reference lists a topic's routes in a table and, with no caption, prints one example object below it. Of
the table's routes only a write (POST, PUT, PATCH) sends a body, and reads and deletes take none; when the table
holds exactly one write, the object can be the body of nothing else, so its top-level keys are that write's body
fields. Nothing says whether a field is required, so the flag is left unsaid.

Read only where the shape is plain: the code block is the very next block after the table (no caption or prose
between them, which would say what the object is), holds one non-empty JSON object, and the table states two
routes or more, exactly one of them a write. A table with two writes (which one would the object be?) or none
(the object is then a response), and an object after a paragraph, are left to the rules that read captions.
"""

from __future__ import annotations

from collections.abc import Iterator

from .blocks import Block, Section
from .cell_shapes import row_request
from .endpoint import Endpoint
from .params import Param
from .requests import parse_json_lines, path_key, request_lines, split_target

_WRITES = {"POST", "PUT", "PATCH"}


def _table_requests(block: Block) -> list[tuple[str, str]]:
    """(METHOD, path) for each row of a table that states one request."""
    found = []
    for row in block.body_rows:
        requests = request_lines(row_request(row))
        if len(requests) == 1:
            found.append((requests[0][1], split_target(requests[0][2]).path))
    return found


def table_write_bodies(
    sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(the table's one write, a field of its body) for each key of the object printed under it (see the module)."""
    for section in sections:
        for table, following in zip(section.blocks, section.blocks[1:], strict=False):
            if table.kind != "table" or following.kind != "code":
                continue
            requests = _table_requests(table)
            writes = [request for request in requests if request[0] in _WRITES]
            if len(requests) < 2 or len(writes) != 1:
                continue
            values = parse_json_lines(following.text)
            if len(values) != 1 or not isinstance(values[0], dict) or not values[0]:
                continue
            endpoint = endpoints.get((writes[0][0], path_key(writes[0][1])))
            if endpoint is None:
                continue
            for name in values[0]:
                yield endpoint, Param(name, "body", following.where, origin="example request")


__all__ = ["table_write_bodies"]
