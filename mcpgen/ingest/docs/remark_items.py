"""A remark written as an item of a parameter list:

    - dag_id (optional) - string - DAG id
    - filename (optional) - string - name of the DAG file
    - Note: At least one of 'dag_id' or 'filename' should be specified.

A bare capitalised admonition word before a colon ("Note:", "Notes:", "NB:", "Warning:", "Important:", "Tip:",
"Caution:", "Hint:") opens a remark about the list's fields, the way a paragraph would; it names no field. A name in
code or bold (`` `note`: the text of the note ``) or in lower case (`note: text`) stays a field.
"""

from __future__ import annotations

import re

_REMARK = re.compile(r"(?:Note|Notes|NOTE|NOTES|NB|N\.B\.|Warning|WARNING|Important|IMPORTANT|Tip|Hint|Caution)")


def remark_item(raw_name: str, separator: str | None) -> bool:
    """A list item's bare name and separator that open a remark (`Note:`), not a field."""
    return separator == ":" and bool(_REMARK.fullmatch(raw_name))


__all__ = ["remark_item"]
