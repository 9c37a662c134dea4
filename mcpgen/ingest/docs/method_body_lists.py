"""A list of body fields a sentence says requests of one method send, in a section of no route:

    ## HTTP Server POST Arguments

    The server accepts the following arguments in a POST request body:

    - `infile`: Chart options in the form of JSON or stringified JSON.
    - `type`: The format of an exported chart.

The sentence names one method (POST, PUT, PATCH) and says what the list holds is carried in that method's request
body ("in a POST request body", "in the body of a POST request", "as POST body fields"), and ends in the colon that
opens the list. It names no route: it speaks of the service's requests of that method, as a page that lists its
routes elsewhere (an "Available Endpoints" list) states once what they are all sent. Each coded name of the list is
an optional body field (the sentence offers them; an obligation is for other words to state) of every route of the
page stated with that method, save one whose every example request is shown sending no body (`curl -X POST
<url>/x` with no data: that route is reached without the fields, an action such as an admin switch).

Left alone: a sentence inside a route's own section (its fields are that route's, which the section reads), one
naming two methods or none, one about a response ("returns the following fields in the body"), and a list that is
not one of coded names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .blocks import Document
from .endpoint import Endpoint
from .params import Param, from_list
from .requests import METHODS

_BODY_METHODS = ("POST", "PUT", "PATCH")
_SENT_IN_BODY = re.compile(
    r"(?i)\b(?:accepts?|takes?|supports?|expects?|reads?|understands?)\b[^.:]{0,60}?"
    r"\b(?:in|as|within|via)\s+(?:an?\s+|the\s+)?(?:(?P<before>POST|PUT|PATCH)\s+(?:request\s+)?body"
    r"|body\s+of\s+(?:an?\s+|the\s+)?(?P<after>POST|PUT|PATCH)\s+requests?)\b[^.:]{0,20}:\s*$"
)
"""The lead-in: "accepts the following arguments in a POST request body:", "... in the body of a PUT request:"."""
_RESPONSE = re.compile(r"(?i)\b(?:respon(?:d|se)s?|returns?|replies|answers?)\b")
_METHOD_WORD = re.compile(rf"\b(?:{'|'.join(METHODS)})\b")


def method_body_lists(
    docs: Iterable[Document], endpoints: Iterable[Endpoint], add: Callable[[Endpoint, Param], None]
) -> None:
    """Give every route of a method the body fields a sentence in a section of no route lists for that method's
    requests (the module's docstring)."""
    endpoints = list(endpoints)
    owned = {id(section) for endpoint in endpoints for section in endpoint.sections}
    for doc in docs:
        for section in doc.sections:
            if id(section) in owned:
                continue
            for index, block in enumerate(section.blocks[:-1]):
                following = section.blocks[index + 1]
                if block.kind != "text" or following.kind != "list":
                    continue
                text = " ".join(block.text.split())
                lead = _SENT_IN_BODY.search(text)
                if lead is None or _RESPONSE.search(text) or len(set(_METHOD_WORD.findall(text))) != 1:
                    continue
                method = (lead["before"] or lead["after"]).upper()
                fields = [p for p in from_list(following, "body", labelled=True) if p.location == "body"]
                if not fields:
                    continue
                for endpoint in endpoints:
                    if endpoint.where.file != doc.file or endpoint.method != method:
                        continue
                    if endpoint.examples and not endpoint.request_examples:
                        continue  # shown sent with no body: reached without the fields
                    for field in fields:
                        if (field.name, "body") not in endpoint.params:
                            add(endpoint, Param(field.name, "body", field.where, False, field.type, field.description))


__all__ = ["method_body_lists"]
