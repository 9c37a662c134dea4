"""The list of a record's fields, stated once, that a request's example body draws from.

A document may state the fields of the record its API creates and updates once, as a list of names with a colon
and a description each, some marked required, and show each request with an example body sending a few of them:

    - email [required]: the address to send to
    - channels [required]: the channels subscribed to
    - name: the subscriber's name
    - phone: the subscriber's phone number

    curl -X POST http://host/site/@subscriptions --data-raw '{"email": "foo@example.com", "channels": ["a"]}'

When every key the example body sends is a name of one such list (and the list names more), the list is that
body's fields: the request takes them all, the others optional as the example goes without them. (A list under a
heading naming a data structure that only responses are said to hold, API Blueprint's `+ Response 200` >
`+ Attributes (NoteData)`, is no record a request draws from: `blueprint_payloads.response_structures`.) A
required mark (a bracketed or parenthesised word after the name: required, mandatory, or the word in the
document's language) holds for a request that creates or replaces the record (POST, PUT); a PATCH sends any
subset, so none of its fields is required. A body whose keys two different lists hold, or one no list holds
whole, is left as shown."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .blocks import Section
from .blueprint_payloads import response_structures
from .endpoint import Endpoint
from .params import Param, required_from

_FIELD = re.compile(r"^[`*]*(?P<name>[A-Za-z_][\w.-]*)[`*]*\s*(?:[\[(](?P<mark>[^\])]{1,40})[\])])?\s*:\s*\S")
"""`email [required]: the address`, `` `name`: the name ``: a field's name, its mark, then what it is."""
_REQUIRED_MARK = re.compile(
    r"(?i)^\s*(?:required|mandatory|obbligatori[oa]|obligatoire|obligatori[oa]|obrigat[óo]ri[oa]|erforderlich"
    r"|pflicht(?:feld)?)\s*$"
)
"""A mark that says required, in the languages documentation is written in (Italian, French, Spanish,
Portuguese, German besides English)."""


def _field_lists(sections: list[Section]) -> list[dict[str, bool]]:
    """Every list whose items are all fields (three or more): name -> marked required."""
    found = []
    answers = response_structures(sections)  # (API Blueprint: `+ Response 200` > `+ Attributes (NoteData)`)
    for section in sections:
        if section.title.split("(")[0].strip() in answers:
            continue
        for block in section.blocks:
            if block.kind != "list" or len(block.items) < 3:
                continue
            fields: dict[str, bool] = {}
            for _, text in block.items:
                match = _FIELD.match(text.strip())
                if match is None:
                    break
                mark = match["mark"] or ""
                fields[match["name"]] = bool(_REQUIRED_MARK.match(mark)) or (mark != "" and required_from(mark) is True)
            else:
                found.append(fields)
    return found


def listed_body_fields(
    file: str, sections: list[Section], endpoints: dict[tuple[str, str], Endpoint]
) -> Iterator[tuple[Endpoint, Param]]:
    """(endpoint, body field) for each field of the one list holding every key of the example body of an endpoint
    of document `file`."""
    lists = _field_lists(sections)
    if not lists:
        return
    for endpoint in endpoints.values():
        if endpoint.method not in ("POST", "PUT", "PATCH") or endpoint.where.file != file:
            continue
        sent = {str(k) for body in endpoint.request_examples if isinstance(body, dict) for k in body}
        if not sent:
            continue
        holding = {tuple(fields.items()) for fields in lists if sent < fields.keys()}
        if len(holding) != 1:
            continue
        (fields,) = holding
        where = endpoint.where
        for name, required in fields:
            yield endpoint, Param(name, "body", where, required and endpoint.method != "PATCH", origin="list")


__all__ = ["listed_body_fields"]
