"""A request's fields labelled by a bold word with no colon, one bullet each, in the template many hand-written
API references copy for every operation:

    * **URL**

      `/api/v1/orders/{id}`

    * **Method**

      `DELETE`

    * **URL Params**

      `Required: id=[integer]`

The bold label stands alone (its value under it, or after it on the same line), so the label is the bold run
itself and what follows it is its value, as if written `**URL:** /api/v1/orders/{id}`. Only a label that names a
request's URL or method is read so (the labels `labelled_groups.FIELD_LABEL` knows); a bullet opening with any
other bold words (`**Orders** /api/v1/orders`, "**Note** the URL ...") is left as it is, and so is a value that is
not a coded path or a method (the readers of labelled fields then check the value)."""

from __future__ import annotations

import re

from .labelled_groups import FIELD_LABEL

_BOLD_LABEL = re.compile(r"^\s*\*\*(?P<label>[^*:\n]{1,30})\*\*\s+(?P<value>`[^`\n]+`|[A-Z]+)\s*$")


def with_colon(text: str) -> str:
    """`**URL** `/x`` as `**URL:** `/x`` when the bold run is a request field's label and the rest one coded
    value or one upper-case word; else the text as it is."""
    match = _BOLD_LABEL.match(text)
    if match is None:
        return text
    written = f"**{match['label'].strip()}:** {match['value']}"
    labelled = FIELD_LABEL.match(written)
    return written if labelled and labelled["label"].lower() == match["label"].strip().lower() else text
