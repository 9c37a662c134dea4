"""What a heading or label over a list or table says its items are: a location, parameters of no stated location, or
the response ("Response fields", "Each record includes:"), tried in order, innermost label first."""

from __future__ import annotations

import re

# words in a heading or label, in the order they are tried, and what they say about the parameters under it
CONTEXT = (
    (re.compile(r"\b(?:response|returns?|result|output|reply|errors?|status codes?)\b", re.I), "response"),
    # "Inspect the `messages` table. Each record includes:": the fields of what a call gets back, not its inputs
    (
        re.compile(r"\beach\s+(?:returned\s+|stored\s+)?(?:record|row|result)\s+(?:includes|contains|has)\b", re.I),
        "response",
    ),
    # "When a file is attached, the related record is given an `attachment` attribute with the following fields:":
    # what the server gives a stored record (its attributes, as the record is then read), nothing a request sends
    (
        re.compile(
            r"\b(?:record|row|object|resource|item|entry|document)s?\s+(?:is|are)\s+(?:given|assigned)\s+an?\b", re.I
        ),
        "response",
    ),
    # "Returned object:" over a table of keys, "Received object:" over another: the object the server gives back, and
    # the one it receives (the request's body), as documents of a JSON API caption them side by side
    # (a caption opening so; not a sentence about "the returned JSON structure", which other words place)
    (
        re.compile(r"^[*_\W]*returned\s+(?:objects?|fields?|data|values?|keys|attributes|properties|json)\b", re.I),
        "response",
    ),
    (
        re.compile(r"^[*_\W]*received\s+(?:objects?|fields?|data|values?|keys|attributes|properties|json)\b", re.I),
        "body",
    ),
    # "Parameters" over a table of what a call takes, then "Values" over a table of the same columns: the values the
    # call gives back (each returned entity's fields, whatever their "Required" cells say); a label or heading that is
    # the one word, not "Allowed values" or "Default values" (which other words, or none, place)
    (re.compile(r"^[*_\W]*values\W*$", re.I), "response"),
    (re.compile(r"\bpath\b|\burl param|\broute param|\bpath-param|\burl segment", re.I), "path"),
    (re.compile(r"\bquery\b|\bquery ?string|\burl query|\bsearch param", re.I), "query"),
    (re.compile(r"\bheaders?\b", re.I), "header"),
    (re.compile(r"\bcookies?\b", re.I), "cookie"),
    (
        re.compile(
            r"\bform\b|\bbody\b|\brequest ?body\b|\bpayload\b|\brequest (?:fields|schema|object|json)\b|\bjson\b", re.I
        ),
        "body",
    ),
    (
        re.compile(r"\b(?:param(?:eter)?s?|arguments?|args|fields|options|inputs?|attributes|properties|keys)\b", re.I),
        "",
    ),
)

# a heading that names the answer and nothing else: "Response", "Responses", "Returns", "Response body", "Output:"
_ANSWER_HEADING = re.compile(
    r"(?:the\s+)?(?:(?:http|api|successful|success)\s+)?"
    r"(?:response|responses|returns?|results?|output|reply)"
    r"(?:\s+(?:body|bodies|parameters|params|fields|data|payload|schema|object|format|content))?\s*:?",
    re.I,
)


def under_answer(outer: list[str]) -> bool:
    """The nearest enclosing heading that says anything about parameters names the answer alone: "Response" over
    "General Parameters" or "Parameters for Host Reservation" (os-api-ref's subsections of a route's response). A
    heading that only says "parameters" tells the location no more than its parent does, and under "Response" they
    are what the request returns, not what it takes. A heading that also names something else ("Request and
    Response", "GET /users - returns the users") is not read so."""
    for label in outer:
        if _ANSWER_HEADING.fullmatch(label.strip()):
            return True
        if any(pattern.search(label) for pattern, _ in CONTEXT):
            return False
    return False


# a heading that names one part of an exchange: "Request", "Response", "Request parameters", "Responses"
_PART_HEADING = re.compile(r"(?:the\s+)?(?:request|response)s?(?:\s+(?:body|parameters|params|fields))?\s*:?", re.I)


def inside_message(outer: list[str]) -> bool:
    """An enclosing heading names a request or a response alone (os-api-ref's "Request" and "Response" under each
    route): a "General Parameters" heading below it is general to that one message, not to the whole document."""
    return any(_PART_HEADING.fullmatch(label.strip()) for label in outer)
