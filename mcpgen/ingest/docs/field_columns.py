"""A route table's column of body field names: `| Endpoint | Body Fields |` over
`| `POST /jobs/rotate` | `year`, `month`, `dry_run` |`.

A table that names one request per row may give, instead of a description, the fields each request's body takes,
in a column whose header says so ("Body Fields", "Body", "Request body params", "Payload keys"): the cell is a
comma-separated list of names, each in code, and nothing else but a note in brackets after a name ("`request_id`
(optional — omit to check all)"). Every name is a field of the row's request body; a note that calls it optional
makes it optional, one that calls it required makes it required, and a bare name says nothing of need. A cell that
is prose (a sentence that merely mentions a coded name) is not such a list, and a column headed otherwise (a
"Description" or "Response" column) is not read here at all."""

from __future__ import annotations

import re

_HEAD = re.compile(
    r"(?i)(?:(?:request|json|post)\s+)?(?:body|payload)"
    r"(?:\s+(?:fields?|keys|params|parameters|properties|attributes|members))?"
)
_ITEM = re.compile(r"\s*`(?P<name>[A-Za-z_][\w.-]*)`(?:\s*\((?P<note>[^()]*)\))?\s*(?P<end>,\s*(?:(?:and|or)\s+)?|$)")


def listed_field_cell(cell: str, head: str) -> list[tuple[str, bool | None]]:
    """(name, required) for each body field a route table's body-fields cell lists (see the module docstring)."""
    if not _HEAD.fullmatch(head.strip("`*_ ")):
        return []
    fields: dict[str, bool | None] = {}
    text, at = cell.replace("\\|", "|").strip(), 0
    while at < len(text):
        match = _ITEM.match(text, at)
        if match is None or match.end() == at:
            return []  # prose, or anything else beside the names: not a list of fields
        note = (match["note"] or "").lower()
        fields.setdefault(match["name"], False if "optional" in note else True if "required" in note else None)
        at = match.end()
    return list(fields.items())
