"""A body field list on a request that sends no body, naming only keys of the object its example response returns,
describes that answer, not the request:

    .. http:get:: /domains/(uuid:id)

       **Example response**:  HTTP/1.1 200 OK  {"id": "...", "name": "domain1.com.", "ttl": 3600, "email": "..."}

       :form name: domain name
       :form ttl: time-to-live numeric value in seconds
       :form email: email address

A GET (or DELETE, HEAD) sends no form body, and these are the attributes of the resource the answer shows (the
writer copied the resource's field list onto every method). Read as before, they became query parameters: each
a tool argument the API does not take. Only a list stated as the body's (httpdomain's `:form`, a "Request body"
label) is read so, only when every name it holds is a key of one object of an example response of the same
operation, and only on a request with no body: a list with no stated location, or one the document places in
the query (filters named like the fields they filter), is left as it was, and so is a body list any name of which
the answer does not return."""

from __future__ import annotations

import re
from typing import Any

from .endpoint import Endpoint
from .params import Param
from .requests import parse_json

_STATUS = re.compile(r"^\s*HTTP/\d(?:\.\d)?\s+2\d\d\b")


def answered_forms(endpoint: Endpoint, params: list[Param]) -> list[Param]:
    """`params` without the body fields of a bodyless `endpoint` that only name keys of an answer's object."""
    if endpoint.has_body:
        return params
    names = {p.name for p in params if p.location == "body"}
    if not names or not any(names <= keys for keys in _answer_objects(endpoint)):
        return params
    return [p for p in params if p.location != "body"]


def _answer_objects(endpoint: Endpoint) -> list[set[str]]:
    """The key sets of every object, at any depth, of the endpoint's example responses: those it holds and the
    raw `HTTP/1.1 200 OK` answers printed in its sections."""
    answers: list[Any] = list(endpoint.response_examples)
    for section in endpoint.sections:
        for block in section.blocks:
            head, *rest = re.split(r"\n\s*\n", block.text.strip(), maxsplit=1)
            if block.kind != "code" or not _STATUS.match(head) or not rest:
                continue
            value = parse_json(rest[0])
            if value is not None:
                answers.append(value)
    found: list[set[str]] = []
    stack = answers
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            found.append(set(value))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found
